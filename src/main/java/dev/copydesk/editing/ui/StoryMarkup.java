package dev.copydesk.editing.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.LitRenderer;
import dev.copydesk.cleanup.Finding;
import dev.copydesk.text.Block;
import dev.copydesk.text.BlockKind;
import dev.copydesk.text.Body;
import tools.jackson.databind.json.JsonMapper;

/**
 * The story as paragraphs, every finding marked in place and tagged passages struck through with their label.
 * A virtual list drawn by a Lit template from plain data: story text is bound as text, never HTML, and the
 * server keeps no component per mark. Each type has its own colour, underline style and short label, so types
 * are told apart without colour too.
 */
class StoryMarkup extends VirtualList<StoryMarkup.Para> {

    interface Listener {
        void findingClicked(int index);

        void paragraphClicked(int start, int end);
    }

    /**
     * A paragraph: its span in the body, its tag label (or ""), its segments, the selected finding, who else holds
     * it (or ""), and the comments anchored to it (or "").
     */
    record Para(int index, int start, int end, String tag, String segs, int[] marked, int sel, boolean selected,
            String holder, String notes) {

        Para beside(String heldBy, String comments) {
            return new Para(index, start, end, tag, segs, marked, sel, selected, heldBy, comments);
        }

        Para select(int finding, boolean paragraph) {
            return new Para(index, start, end, tag, segs, marked, finding, paragraph, holder, notes);
        }
    }

    /** What the other editors hold and what was said, by block id, for the marks beside each paragraph. */
    record Beside(Map<String, String> holders, Map<String, String> notes) {
        static final Beside NONE = new Beside(Map.of(), Map.of());
    }

    // One line, no gaps between tags: paragraphs keep their white space (pre-wrap).
    private static final String TEMPLATE = "<div class=\"copydesk-paragraph ${item.tag ? 'tagged' : ''} "
            + "${item.selected ? 'selected-paragraph' : ''} ${item.holder ? 'held' : ''}\" tabindex=\"0\" "
            + "@click=${paragraph} @keydown=${e => { if (e.key === 'Enter' && e.target === e.currentTarget) { "
            + "e.preventDefault(); paragraph(); } }}>${item.holder ? html`<span class=\"copydesk-hold-label\">"
            + "${item.holder}</span>` : ''}${item.tag ? html`<span "
            + "class=\"copydesk-tag-label\">${item.tag}</span>` : ''}${(item.segs ? JSON.parse(item.segs) : []).map(s => s.f < 0 ? html`<span "
            + "class=${s.c}>${s.t}</span>` : html`<span class=${s.c + ((s.fs || []).includes(item.sel) ? ' selected' : '')} "
            + "data-label=${s.l} title=${s.h} @click=${e => { e.stopPropagation(); pick(s.f); }}>${s.t}</span>`)}"
            + "${item.notes ? html`<div class=\"copydesk-para-comment\">${item.notes}</div>` : ''}</div>";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private List<Para> paras = List.of();
    private Listener listener;

    StoryMarkup() {
        addClassName("copydesk-markup");
        setId("markup");
        setRenderer(LitRenderer.<Para>of(TEMPLATE)
                .withProperty("tag", Para::tag)
                // Segments travel as one JSON string: plain data, parsed by the template, shown as text. The string is
                // all the server keeps of them (a map per segment would cost an open editor tens of KB).
                .withProperty("segs", Para::segs)
                .withProperty("sel", Para::sel)
                .withProperty("selected", Para::selected)
                .withProperty("holder", Para::holder)
                .withProperty("notes", Para::notes)
                .withFunction("paragraph", p -> {
                    if (listener != null) {
                        listener.paragraphClicked(p.start(), p.end());
                    }
                })
                .withFunction("pick", (p, args) -> {
                    if (listener != null && !args.isEmpty()) {
                        listener.findingClicked(args.get(0).asInt());
                    }
                }));
    }

    /** Shows {@code body} (its blocks, their kinds as tag labels) with {@code findings}, offsets into its text. */
    void show(Body body, List<Finding> findings, Listener listener, Beside beside) {
        this.listener = listener;
        String text = body.text();
        List<Para> out = new ArrayList<>();
        boolean[] labelled = new boolean[findings.size()];
        for (int i = 0; i < body.size(); i++) {
            int sepEnd = i + 1 < body.size() ? body.start(i + 1) : text.length();
            Block block = body.blocks().get(i);
            out.add(paragraph(i, text, body.start(i), body.end(i), sepEnd, block, findings, labelled)
                    .beside(beside.holders().getOrDefault(block.id(), ""), beside.notes().getOrDefault(block.id(), "")));
        }
        paras = out;
        setItems(paras);
    }

    private static Para paragraph(int index, String body, int start, int end, int sepEnd, Block block,
            List<Finding> findings, boolean[] labelled) {
        boolean tagged = block.kind() != BlockKind.TEXT;
        String tag = tagged ? block.kind().label() : "";
        TreeSet<Integer> cuts = new TreeSet<>(List.of(start, end));
        for (Finding f : findings) {
            if (f.start() < end && f.end() > start) {
                cuts.add(Math.max(start, f.start()));
                cuts.add(Math.min(end, f.end()));
            }
        }
        List<Map<String, Object>> segs = new ArrayList<>();
        Integer a = cuts.first();
        for (Integer b : cuts.tailSet(a, false)) {
            List<Integer> covering = new ArrayList<>();
            for (int i = 0; i < findings.size(); i++) {
                if (findings.get(i).start() < b && findings.get(i).end() > a) {
                    covering.add(i);
                }
            }
            segs.add(segment(body.substring(a, b), covering, findings, labelled, tagged ? "tagged-text" : ""));
            a = b;
        }
        // Findings on the line breaks themselves (paragraph separators) get a visible pilcrow.
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (f.start() >= end && f.end() <= sepEnd && f.start() < f.end()) {
                segs.add(segment("\u00b6", List.of(i), findings, labelled, ""));
            }
        }
        TreeSet<Integer> marked = new TreeSet<>();
        for (Map<String, Object> seg : segs) {
            if (seg.get("fs") instanceof List<?> fs) {
                fs.forEach(f -> marked.add((Integer) f));
            }
        }
        return new Para(index, start, end, tag, JSON.writeValueAsString(segs),
                marked.stream().mapToInt(Integer::intValue).toArray(), -1, false, "", "");
    }

    private static Map<String, Object> segment(String text, List<Integer> covering, List<Finding> findings,
            boolean[] labelled, String extraClass) {
        Map<String, Object> seg = new LinkedHashMap<>();
        seg.put("t", text);
        if (covering.isEmpty()) {
            seg.put("f", -1);
            seg.put("c", extraClass);
            return seg;
        }
        int primary = covering.getFirst();
        Finding f = findings.get(primary);
        String type = f.type().name().toLowerCase(Locale.ROOT).replace('_', '-');
        boolean first = !labelled[primary];
        labelled[primary] = true;
        seg.put("f", primary);
        seg.put("fs", covering);
        seg.put("c", "mark mark-" + type + (first ? " mark-first" : "") + (extraClass.isEmpty() ? "" : " " + extraClass));
        seg.put("l", label(f));
        seg.put("h", f.type().name() + ": " + f.message());
        return seg;
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
        int scrollTo = -1;
        List<Para> out = new ArrayList<>(paras.size());
        for (Para p : paras) {
            boolean contains = java.util.Arrays.binarySearch(p.marked(), index) >= 0;
            if (contains && scrollTo < 0) {
                scrollTo = p.index();
            }
            out.add(p.select(index, p.selected()));
        }
        paras = out;
        setItems(paras);
        if (scrollTo >= 0) {
            scrollToIndex(scrollTo);
        }
    }

    void selectParagraph(int start) {
        List<Para> out = new ArrayList<>(paras.size());
        for (Para p : paras) {
            out.add(p.select(p.sel(), p.start() == start));
        }
        paras = out;
        setItems(paras);
    }
}
