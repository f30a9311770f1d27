package dev.copydesk.story.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import dev.copydesk.cleanup.Finding;
import dev.copydesk.story.Tag;

/**
 * The story as paragraphs, with every finding marked in place and tagged passages struck through with their
 * label. Built only from text nodes and Span/Div components: story text is never HTML. Each finding type has
 * its own colour and underline style and a short label, so types are told apart without colour too.
 */
class StoryMarkup extends Div {

    interface Listener {
        void findingClicked(int index);

        void paragraphClicked(int start, int end);
    }

    /** Rendering every mark of a huge story would swamp the browser; past this, paragraphs are plain text. */
    private static final int MAX_SEGMENTS = 4000;

    private final List<List<Span>> marksByFinding = new ArrayList<>();
    private final List<Div> paragraphs = new ArrayList<>();
    private int selectedFinding = -1;
    private Div selectedParagraph;

    StoryMarkup() {
        addClassName("copydesk-markup");
        setId("markup");
    }

    void show(String body, List<Finding> findings, List<Tag> tags, Listener listener) {
        removeAll();
        marksByFinding.clear();
        paragraphs.clear();
        selectedFinding = -1;
        selectedParagraph = null;
        for (int i = 0; i < findings.size(); i++) {
            marksByFinding.add(new ArrayList<>());
        }
        List<int[]> tagSpans = new ArrayList<>();
        List<Tag> tagOfSpan = new ArrayList<>();
        for (Tag t : tags) {
            for (int[] span : t.spans(body)) {
                tagSpans.add(span);
                tagOfSpan.add(t);
            }
        }
        int segments = 0;
        int pos = 0;
        Div previous = null;
        while (pos <= body.length()) {
            int nl = body.indexOf('\n', pos);
            int end = nl < 0 ? body.length() : nl;
            if (!body.substring(pos, end).isBlank()) {
                Div paragraph = paragraph(body, pos, end, findings, tagSpans, tagOfSpan, listener, segments < MAX_SEGMENTS);
                segments += paragraph.getChildren().count();
                add(paragraph);
                paragraphs.add(paragraph);
                previous = paragraph;
            }
            if (nl < 0) {
                break;
            }
            // Findings on the line breaks themselves (paragraph separators) get a visible pilcrow mark.
            int sepEnd = nl;
            while (sepEnd < body.length() && Character.isWhitespace(body.charAt(sepEnd))) {
                sepEnd++;
            }
            if (previous != null) {
                for (int i = 0; i < findings.size(); i++) {
                    Finding f = findings.get(i);
                    if (f.start() >= end && f.end() <= sepEnd && f.start() < f.end() && f.start() < sepEnd) {
                        previous.add(mark("\u00b6", List.of(i), findings, listener));
                    }
                }
            }
            pos = Math.max(nl + 1, sepEnd);
            if (sepEnd >= body.length()) {
                break;
            }
        }
    }

    private Div paragraph(String body, int start, int end, List<Finding> findings, List<int[]> tagSpans,
            List<Tag> tagOfSpan, Listener listener, boolean marked) {
        Div p = new Div();
        p.addClassName("copydesk-paragraph");
        p.getElement().setAttribute("data-start", Integer.toString(start));
        p.addClickListener(e -> listener.paragraphClicked(start, end));
        for (int k = 0; k < tagSpans.size(); k++) {
            int[] span = tagSpans.get(k);
            if (span[0] <= start && span[1] >= end) {
                p.addClassName("tagged");
                Span label = new Span(tagOfSpan.get(k).kind().label());
                label.addClassName("copydesk-tag-label");
                p.add(label);
            }
        }
        if (!marked) {
            p.add(new Span(body.substring(start, end)));
            return p;
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(start, end));
        for (Finding f : findings) {
            if (f.start() < end && f.end() > start) {
                cuts.add(Math.max(start, f.start()));
                cuts.add(Math.min(end, f.end()));
            }
        }
        for (int[] span : tagSpans) {
            if (span[0] < end && span[1] > start) {
                cuts.add(Math.max(start, span[0]));
                cuts.add(Math.min(end, span[1]));
            }
        }
        Integer a = cuts.first();
        for (Integer b : cuts.tailSet(a, false)) {
            List<Integer> covering = new ArrayList<>();
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                if (f.start() < b && f.end() > a) {
                    covering.add(i);
                }
            }
            String text = body.substring(a, b);
            Span segment = covering.isEmpty() ? new Span(text) : mark(text, covering, findings, listener);
            for (int[] span : tagSpans) {
                if (span[0] <= a && span[1] >= b) {
                    segment.addClassName("tagged-text");
                }
            }
            p.add(segment);
            a = b;
        }
        return p;
    }

    private Span mark(String text, List<Integer> covering, List<Finding> findings, Listener listener) {
        Finding primary = findings.get(covering.getFirst());
        Span mark = new Span(text);
        String type = primary.type().name().toLowerCase(Locale.ROOT).replace('_', '-');
        mark.addClassNames("mark", "mark-" + type);
        mark.getElement().setAttribute("data-label", label(primary));
        mark.getElement().setAttribute("title", primary.type().name() + ": " + primary.message());
        mark.addClickListener(e -> listener.findingClicked(covering.getFirst()));
        for (int i : covering) {
            marksByFinding.get(i).add(mark);
        }
        if (marksByFinding.get(covering.getFirst()).size() == 1) {
            mark.addClassName("mark-first");
        }
        return mark;
    }

    static String label(Finding f) {
        return switch (f.type()) {
            case DUPLICATE -> "DUP";
            case AD_INSERT -> "AD";
            case BOILERPLATE -> "BP";
            case SPACING -> "SP";
            case PUNCTUATION -> "PUNC";
            case GRAMMAR -> "GR";
            case SPELLING -> "SPELL";
            case STYLE -> "STY";
        };
    }

    void selectFinding(int index) {
        if (selectedFinding >= 0 && selectedFinding < marksByFinding.size()) {
            marksByFinding.get(selectedFinding).forEach(m -> m.removeClassName("selected"));
        }
        selectedFinding = index;
        if (index >= 0 && index < marksByFinding.size() && !marksByFinding.get(index).isEmpty()) {
            marksByFinding.get(index).forEach(m -> m.addClassName("selected"));
            marksByFinding.get(index).getFirst().scrollIntoView();
        }
    }

    void selectParagraph(int start) {
        if (selectedParagraph != null) {
            selectedParagraph.removeClassName("selected-paragraph");
        }
        selectedParagraph = paragraphs.stream()
                .filter(p -> Integer.toString(start).equals(p.getElement().getAttribute("data-start")))
                .findFirst().orElse(null);
        if (selectedParagraph != null) {
            selectedParagraph.addClassName("selected-paragraph");
        }
    }
}
