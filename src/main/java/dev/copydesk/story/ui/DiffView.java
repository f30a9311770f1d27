package dev.copydesk.story.ui;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.copydesk.text.TextDiff;


/**
 * A diff shown inline: insertions underlined and green, deletions struck through and red, each also marked with + / −
 * so the difference does not depend on colour. A moved paragraph is shown once, where it now stands, marked ↕ with
 * where it came from; where it stood, a short note says where it went. Text only.
 */
public class DiffView extends Div {

    /** A moved paragraph's run: the paragraph break it carries (before or after it) and the paragraph itself. */
    private static final Pattern MOVED = Pattern.compile("([\\s\\p{Z}]*)(.*?)([\\s\\p{Z}]*)", Pattern.DOTALL);

    public DiffView() {
        addClassName("copydesk-diff");
        setId("diff");
    }

    public void show(String before, String after) {
        removeAll();
        List<TextDiff.Run> runs = TextDiff.of(before, after);
        if (runs.stream().allMatch(r -> r.kind() == TextDiff.Kind.SAME)) {
            boolean same = Objects.requireNonNullElse(before, "").equals(Objects.requireNonNullElse(after, ""));
            add(new Span(same ? "No differences." : "Only spacing changed."));
            return;
        }
        for (TextDiff.Run run : runs) {
            switch (run.kind()) {
                case SAME -> add(new Span(run.text()));
                case INSERTED -> add(span(run.text(), "diff-ins"));
                case DELETED -> add(span(run.text(), "diff-del"));
                case MOVED -> addMoved(run, null, "Moved from paragraph " + run.counterpart());
                case MOVED_AWAY -> addMoved(run, "moved to paragraph " + run.counterpart(), null);
            }
        }
    }

    /** The paragraph (or, where it was, a note in its place) marked; the break that went with it shown plain. */
    private void addMoved(TextDiff.Run run, String note, String title) {
        Matcher parts = MOVED.matcher(run.text());
        parts.matches();
        if (!parts.group(1).isEmpty()) {
            add(new Span(parts.group(1)));
        }
        Span moved = note == null ? span(parts.group(2), "diff-moved") : span(note, "diff-moved-away");
        if (title != null) {
            moved.setTitle(title);
        }
        add(moved);
        if (!parts.group(3).isEmpty()) {
            add(new Span(parts.group(3)));
        }
    }

    private static Span span(String text, String className) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }
}
