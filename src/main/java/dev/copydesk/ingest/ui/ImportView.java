package dev.copydesk.ingest.ui;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.copydesk.base.LogText;
import dev.copydesk.base.ui.Notifications;
import dev.copydesk.base.ui.StoryRoutes;
import dev.copydesk.cleanup.Analysis;
import dev.copydesk.cleanup.CleanupService;
import dev.copydesk.ingest.BatchReport;
import dev.copydesk.ingest.BoundedReader;
import dev.copydesk.ingest.ImportException;
import dev.copydesk.ingest.ImportReport;
import dev.copydesk.ingest.ImportRequest;
import dev.copydesk.ingest.ImportService;
import dev.copydesk.ingest.format.Format;
import dev.copydesk.ingest.format.Formats;
import dev.copydesk.ingest.format.IngestLimits;
import dev.copydesk.security.Role;
import dev.copydesk.story.InvalidStoryException;
import dev.copydesk.story.StoryDetails;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Paste a story or upload a file: plain text (the first non-empty line becomes the headline, a leading "By ..."
 * line the byline), a web page, an NITF or NewsML-G2 document, or a ZIP archive of any of them. One document opens in
 * the editor; an archive is imported entry by entry in the background, with a progress bar, and ends in a report
 * that lists every story made and every entry refused with the reason. Bad input gets a message and stores nothing.
 */
@Route(StoryRoutes.IMPORT)
@PageTitle("Import · Copydesk")
@Menu(title = "Import", order = 2, icon = "vaadin:upload")
@RolesAllowed(Role.EDITOR_NAME)
public class ImportView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(ImportView.class);
    private static final int POLL_MILLIS = 500;

    private final ImportService imports;
    private final CleanupService cleanup;
    private final TextArea pasted = new TextArea("Story text");
    private final TextField source = new TextField("Source");
    /** The last batch: its progress while it runs, then its report. */
    private final VerticalLayout batch = new VerticalLayout();
    /** The latest batch started in this view; touched only under the UI lock. */
    private int batchRun;
    /** Read by the upload request thread, which must not touch components. */
    private volatile String sourceValue = "";

    public ImportView(ImportService imports, CleanupService cleanup) {
        this.imports = imports;
        this.cleanup = cleanup;
        addClassName("copydesk-page");
        setMaxWidth("60rem");

        source.setPlaceholder("e.g. AP, Reuters, staff");
        source.setHelperText("Left empty, a document's own agency or site is the source.");
        source.setId("source");
        source.addValueChangeListener(e -> sourceValue = e.getValue());
        pasted.setWidthFull();
        pasted.setMinHeight("16rem");
        pasted.setPlaceholder("Paste the story as received: headline on the first line, then the text.");
        pasted.setId("pasted");
        pasted.addClassName("copydesk-body");

        Button importPasted = new Button("Import pasted text", click -> {
            try {
                importPasted();
            } finally {
                click.getSource().setEnabled(true); // disabled while the import runs: one click, one story
            }
        });
        importPasted.setDisableOnClick(true);
        importPasted.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importPasted.setId("import-pasted");

        Upload upload = new Upload(uploadHandler());
        upload.setAcceptedFileTypes("text/plain", ".txt", "text/html", ".html", ".htm", "application/xml", "text/xml",
                ".xml", ".nitf", "application/zip", ".zip");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(IngestLimits.MAX_ARCHIVE_BYTES);
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()
                + ". Upload a .txt, .html, .xml (NITF or NewsML-G2) or .zip file of at most "
                + IngestLimits.MAX_ARCHIVE_BYTES / (1024 * 1024) + " MB."));
        upload.setId("upload");

        batch.setPadding(false);
        batch.setId("batch");
        batch.setVisible(false);

        add(new H2("Import a story"),
                new Paragraph("Paste text, or upload a file: plain text (.txt: UTF-8, UTF-16 with BOM or Windows-1252, "
                        + "at most 1 MB), a web page (.html: the article is taken, menus and share bars left out), an "
                        + "NITF or NewsML-G2 document (.xml), or a ZIP archive of any of these (at most "
                        + IngestLimits.MAX_ARCHIVE_ENTRIES + " files). The story is stored as revision 1 with the "
                        + "document kept beside it; control characters such as NUL are removed, and the message after "
                        + "the import says which."),
                source, pasted, importPasted, new H3("Or upload a file"), upload, batch);
    }

    private void importPasted() {
        try {
            opened(imports.importPasted(pasted.getValue(), source.getValue(), null));
        } catch (ImportException | InvalidStoryException e) {
            Notifications.error(e.getMessage());
        }
    }

    /**
     * Runs in the upload request, outside the UI lock: the bytes are counted as they arrive and the upload stops at
     * the size limit. One document is imported here and shown through {@link UI#access}; an archive goes on in the
     * background ({@link #startBatch}).
     */
    private UploadHandler uploadHandler() {
        return new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) {
                UI ui = event.getUI();
                String sourceName = sourceValue;
                String name = event.getFileName();
                ImportRequest request = new ImportRequest(event.getContentType(), name, sourceName, name, null);
                try {
                    byte[] bytes = BoundedReader.readAtMost(event.getInputStream(), IngestLimits.MAX_ARCHIVE_BYTES,
                            "The file is larger than " + IngestLimits.MAX_ARCHIVE_BYTES / (1024 * 1024) + " MB.");
                    if (bytes.length > 0 && Formats.choose(request.contentType(), bytes, name) == Format.ZIP) {
                        // A copy: a logout clears the session's own context, and the batch should still finish.
                        SecurityContext who = SecurityContextHolder.createEmptyContext();
                        who.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
                        ui.access(() -> startBatch(ui, who, bytes, request));
                        return;
                    }
                    ImportReport report = imports.importDocument(new ByteArrayInputStream(bytes), request);
                    ui.access(() -> opened(report));
                } catch (ImportException | InvalidStoryException e) {
                    ui.access(() -> Notifications.error(name + ": " + e.getMessage()));
                } catch (UncheckedIOException e) {
                    log.warn("Upload of {} broke off", LogText.quote(name), e);
                    ui.access(() -> Notifications.error("The upload broke off. Nothing was stored; try again."));
                }
            }
        };
    }

    /** Imports an archive on a worker thread as the person who uploaded it; the UI polls for its progress. */
    private void startBatch(UI ui, SecurityContext who, byte[] bytes, ImportRequest request) {
        int run = ++batchRun; // a newer batch owns the progress area; an older one's updates are dropped
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.setId("batch-progress");
        Span status = new Span("Opening " + request.fileName() + "\u2026");
        status.setId("batch-status");
        batch.removeAll();
        batch.add(new H3("Importing " + request.fileName()), bar, status);
        batch.setVisible(true);
        ui.setPollInterval(POLL_MILLIS);
        Thread.ofVirtual().name("batch-import").start(() -> {
            SecurityContextHolder.setContext(who);
            try {
                BatchReport report = imports.importBatch(new ByteArrayInputStream(bytes), request,
                        (done, total, entry) -> show(ui, run, () -> {
                            bar.setIndeterminate(false);
                            bar.setValue(total == 0 ? 1 : (double) done / total);
                            status.setText(done + " of " + total + (done < total ? ": " + entry : " done"));
                        }));
                show(ui, run, () -> showReport(ui, request.fileName(), report));
            } catch (ImportException | InvalidStoryException e) {
                show(ui, run, () -> {
                    batch.removeAll();
                    batch.add(new H3(request.fileName()), new Span(e.getMessage()));
                    ui.setPollInterval(-1);
                    Notifications.error(request.fileName() + ": " + e.getMessage());
                });
            } catch (RuntimeException e) {
                log.error("Batch import of {} failed", LogText.quote(request.fileName()), e);
                show(ui, run, () -> {
                    batch.removeAll();
                    ui.setPollInterval(-1);
                    Notifications.error(request.fileName() + ": the import stopped because of an error in Copydesk "
                            + "(logged for the administrator). The report below the upload lists nothing; check the "
                            + "desk for stories already imported.");
                });
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    /** Runs {@code change} in the UI if it is still open and {@code run} is still its latest batch. */
    private void show(UI ui, int run, Command change) {
        try {
            ui.access(() -> {
                if (run == batchRun) {
                    change.execute();
                }
            });
        } catch (UIDetachedException e) {
            // the tab was closed or reloaded: the batch goes on, and its stories are on the desk
        }
    }

    /** One row of the report: an entry and what became of it. */
    record ReportRow(String entry, Long storyId, String result) {
    }

    private void showReport(UI ui, String archive, BatchReport report) {
        ui.setPollInterval(-1);
        batch.removeAll();
        Span summary = new Span(report.created().size() + (report.created().size() == 1 ? " story" : " stories")
                + " imported, " + report.refused().size() + " refused"
                + (report.skipped().isEmpty() ? "" : ", " + report.skipped().size() + " skipped (folders and system files)")
                + ".");
        summary.setId("batch-summary");
        Grid<ReportRow> grid = new Grid<>();
        grid.setId("batch-report");
        grid.addColumn(ReportRow::entry).setHeader("File").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ReportRow::result).setHeader("Result").setFlexGrow(1);
        grid.addComponentColumn(r -> {
            if (r.storyId() == null) {
                return new Span();
            }
            Anchor open = new Anchor(StoryRoutes.editor(r.storyId()), "Open");
            open.getElement().setAttribute("router-link", true); // the router navigates; no page load
            return open;
        }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        java.util.List<ReportRow> rows = new java.util.ArrayList<>();
        report.created().forEach(c -> rows.add(new ReportRow(c.entry(), c.id(), "Imported (" + c.format() + "): \u201c"
                + c.title() + "\u201d" + (c.notes().isEmpty() ? "" : " \u2014 " + String.join(" ", c.notes())))));
        report.refused().forEach(r -> rows.add(new ReportRow(r.entry(), null, "Refused: " + r.message())));
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 15);
        batch.add(new H3("Report for " + archive), summary, grid);
        if (report.refused().isEmpty()) {
            Notifications.success(archive + ": " + summary.getText());
        } else {
            Notifications.error(archive + ": " + summary.getText() + " The report lists why.");
        }
    }

    /** Says what was imported and, if anything was changed on the way in (control characters), what. */
    private void opened(ImportReport report) {
        StoryDetails story = report.story();
        Analysis analysis = cleanup.analyze(story.headline(), story.body(), story.source());
        long safe = analysis.findings().stream().filter(f -> f.safe()).count();
        var shown = Notifications.success("Imported \u201c" + story.headline() + "\u201d as revision 1: "
                + analysis.findings().size() + " findings, " + safe + " of them safe to fix automatically."
                + (report.notes().isEmpty() ? "" : " " + String.join(" ", report.notes())));
        if (!report.notes().isEmpty()) {
            shown.setDuration(8000); // a note is worth the time to read it
        }
        getUI().ifPresent(ui -> ui.navigate(StoryRoutes.editor(story.id())));
    }
}
