package dev.copydesk.story.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import dev.copydesk.story.TextDiff;

/**
 * A word-level diff shown inline: insertions underlined and green, deletions struck through and red, each also
 * marked with + / − so the difference does not depend on colour. Text only.
 */
public class DiffView extends Div {

    public DiffView() {
        addClassName("copydesk-diff");
        setId("diff");
    }

    public void show(String before, String after) {
        removeAll();
        List<TextDiff.Run> runs = TextDiff.of(before, after);
        if (runs.stream().allMatch(r -> r.kind() == TextDiff.Kind.SAME)) {
            add(new Span("No differences."));
            return;
        }
        for (TextDiff.Run run : runs) {
            Span span = new Span(run.text());
            switch (run.kind()) {
                case INSERTED -> span.addClassName("diff-ins");
                case DELETED -> span.addClassName("diff-del");
                default -> {
                }
            }
            add(span);
        }
    }
}
