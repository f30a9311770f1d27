package dev.copydesk.story.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import dev.copydesk.cleanup.Analysis;
import dev.copydesk.cleanup.Finding;

/**
 * The cleanup engine's findings for the text in the editor: what, where (the words it covers), and a fix to
 * apply. All story text is set as text. The panel calls back; it does not edit the story itself.
 */
class FindingsPanel extends VerticalLayout {

    private final H3 title = new H3("Findings");
    private final Span grammarStatus = new Span();
    private final Button autoclean = new Button("Autoclean");
    private final VerticalLayout list = new VerticalLayout();

    FindingsPanel(Runnable onAutoclean) {
        setPadding(false);
        setWidth("26rem");
        setHeightFull();
        addClassName("copydesk-findings");
        grammarStatus.setId("grammar-status");
        grammarStatus.addClassName("copydesk-muted");
        autoclean.setId("autoclean");
        autoclean.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        autoclean.addClickListener(click -> onAutoclean.run());
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("findings");
        Scroller scroller = new Scroller(list);
        scroller.setSizeFull();
        add(title, grammarStatus, autoclean, scroller);
        expand(scroller);
    }

    void show(String body, Analysis analysis, Consumer<Finding> onApply) {
        List<Finding> findings = analysis.findings();
        long safe = findings.stream().filter(Finding::safe).count();
        title.setText("Findings (" + findings.size() + ")");
        autoclean.setText("Autoclean: apply " + safe + " safe fix" + (safe == 1 ? "" : "es"));
        autoclean.setEnabled(safe > 0);
        grammarStatus.setText(switch (analysis.grammar()) {
            case CHECKED -> "Grammar and spelling checked.";
            case LOADING -> "Grammar and spelling checks are still loading\u2026 the other checks are done.";
            case NOT_ENGLISH -> "Not English: no English grammar or spelling checks.";
            case TOO_LONG -> "Too long for a grammar check; the other checks ran.";
            case OFF -> "Grammar and spelling checks are off.";
        });
        list.removeAll();
        for (Finding f : findings) {
            list.add(item(body, f, onApply));
        }
    }

    private static Div item(String body, Finding f, Consumer<Finding> onApply) {
        Div item = new Div();
        item.addClassName("copydesk-finding");
        Span type = new Span(f.type().name().replace('_', ' ').toLowerCase());
        type.addClassNames("copydesk-badge", f.safe() ? "safe" : f.query() ? "query" : "hint");
        Span message = new Span(f.message());
        Span excerpt = new Span(excerpt(body, f));
        excerpt.addClassName("copydesk-excerpt");
        item.add(type, message, excerpt);
        if (!f.query()) {
            String label = f.replacement() == null ? "Delete" : "Change to \u201c" + shorten(f.replacement()) + "\u201d";
            Button apply = new Button(label, click -> onApply.accept(f));
            apply.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            item.add(apply);
        }
        return item;
    }

    private static String excerpt(String body, Finding f) {
        String covered = body.substring(Math.min(f.start(), body.length()), Math.min(f.end(), body.length()));
        String visible = covered.replace("\n", "\u21b5").replace('\u00A0', '\u2423');
        return "\u201c" + shorten(visible.isBlank() ? visible.replace(' ', '\u2423') : visible) + "\u201d";
    }

    private static String shorten(String s) {
        String t = s.replace("\n", "\u21b5");
        return t.length() <= 80 ? t : t.substring(0, 77) + "\u2026";
    }
}
