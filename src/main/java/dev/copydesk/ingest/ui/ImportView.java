package dev.copydesk.ingest.ui;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.copydesk.base.LogText;
import dev.copydesk.base.ui.Notifications;
import dev.copydesk.base.ui.StoryRoutes;
import dev.copydesk.cleanup.Analysis;
import dev.copydesk.cleanup.CleanupService;
import dev.copydesk.ingest.ImportException;
import dev.copydesk.ingest.ImportReport;
import dev.copydesk.ingest.ImportService;
import dev.copydesk.ingest.TextDecoder;
import dev.copydesk.security.Role;
import dev.copydesk.story.InvalidStoryException;
import dev.copydesk.story.StoryDetails;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Paste a story or upload a .txt file. The first non-empty line becomes the headline, a leading "By ..."
 * line the byline, the rest the body. Bad input gets a message and stores nothing.
 */
@Route(StoryRoutes.IMPORT)
@PageTitle("Import · Copydesk")
@Menu(title = "Import", order = 2, icon = "vaadin:upload")
@RolesAllowed(Role.EDITOR_NAME)
public class ImportView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(ImportView.class);

    private final ImportService imports;
    private final CleanupService cleanup;
    private final TextArea pasted = new TextArea("Story text");
    private final TextField source = new TextField("Source");
    /** Read by the upload request thread, which must not touch components. */
    private volatile String sourceValue = "";

    public ImportView(ImportService imports, CleanupService cleanup) {
        this.imports = imports;
        this.cleanup = cleanup;
        addClassName("copydesk-page");
        setMaxWidth("60rem");

        source.setPlaceholder("e.g. AP, Reuters, staff");
        source.setId("source");
        source.addValueChangeListener(e -> sourceValue = e.getValue());
        pasted.setWidthFull();
        pasted.setMinHeight("16rem");
        pasted.setPlaceholder("Paste the story as received: headline on the first line, then the text.");
        pasted.setId("pasted");
        pasted.addClassName("copydesk-body");

        Button importPasted = new Button("Import pasted text", click -> importPasted());
        importPasted.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importPasted.setId("import-pasted");

        Upload upload = new Upload(uploadHandler());
        upload.setAcceptedFileTypes("text/plain", ".txt");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImportService.MAX_UPLOAD_BYTES);
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()
                + ". Upload a plain-text (.txt) file of at most 1 MB."));
        upload.setId("upload");

        add(new H2("Import a story"),
                new Paragraph("Paste text or upload a .txt file (UTF-8, UTF-16 with BOM or Windows-1252, at most 1 MB). "
                        + "The story is stored exactly as received as revision 1; control characters such as NUL are "
                        + "removed, and the message after the import says which."),
                source, pasted, importPasted, new H3("Or upload a file"), upload);
    }

    private void importPasted() {
        try {
            opened(imports.importPasted(pasted.getValue(), source.getValue(), null));
        } catch (ImportException | InvalidStoryException e) {
            Notifications.error(e.getMessage());
        }
    }

    /**
     * Runs in the upload request, outside the UI lock: the bytes are counted as they arrive and the import
     * stops at the size limit. The result is shown through {@link UI#access}.
     */
    private UploadHandler uploadHandler() {
        return new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                UI ui = event.getUI();
                String sourceName = sourceValue;
                String fallback = sourceName.isBlank() ? event.getFileName() : sourceName;
                try {
                    // A charset the browser declared is honoured, as in the API; browsers rarely send one.
                    ImportReport report = imports.importUpload(event.getInputStream(),
                            TextDecoder.charsetOf(event.getContentType()), fallback, null);
                    ui.access(() -> opened(report));
                } catch (ImportException | InvalidStoryException e) {
                    ui.access(() -> Notifications.error(event.getFileName() + ": " + e.getMessage()));
                } catch (UncheckedIOException e) {
                    log.warn("Upload of {} broke off", LogText.quote(event.getFileName()), e);
                    ui.access(() -> Notifications.error("The upload broke off. Nothing was stored; try again."));
                }
            }
        };
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
