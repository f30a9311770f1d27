package dev.copydesk.editing.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.LitRenderer;
import dev.copydesk.cleanup.Analysis;
import dev.copydesk.cleanup.Autoclean;
import dev.copydesk.cleanup.Finding;
import dev.copydesk.cleanup.FindingType;
import dev.copydesk.cleanup.SameFindings;
import dev.copydesk.review.IgnoredFindingView;
import dev.copydesk.story.TagKind;

/**
 * The findings beside the text, grouped by type with counts, each with its context, the proposed change and
 * its actions. Rows are a virtual list drawn by a Lit template from plain data (text is bound as text, never
 * HTML), so a long list costs the server no components. The panel only calls back; the view owns the story.
 */
public class FindingsPanel extends VerticalLayout {

    public interface Actions {
        void select(int index);

        /** Accepts the findings at these indices together: one, or a row of near-identical ones. */
        void accept(List<Integer> indices);

        /** Ignores the findings at these indices together. */
        void ignore(List<Integer> indices);

        void tag(int index, TagKind kind);

        /** Accept all safe fixes, or all suggestions; undone by not saving. */
        void acceptAll(Autoclean.Level level);

        void acceptType(FindingType type);

        void restore(String fingerprint);
    }

    /** One row of the list: a group header (index -1) or a finding. */
    public record Row(int index, String group, String label, String badge, String message, String context, String change,
            boolean acceptable, String tagAs, boolean selected, List<Integer> members) {

        /** The row's findings: its own and the near-identical ones it stands for. */
        public Row {
            members = List.copyOf(members);
        }

        /** "in 3 places" for a row that stands for several findings, else empty. */
        public String places() {
            return members.size() > 1 ? "in " + members.size() + " places" : "";
        }

        Row selected(boolean select) {
            return new Row(index, group, label, badge, message, context, change, acceptable, tagAs, select, members);
        }
    }

    private static final Map<FindingType, String> GROUP_NAMES = new EnumMap<>(Map.of(
            FindingType.DUPLICATE, "Duplicates", FindingType.AD_INSERT, "Ads", FindingType.BOILERPLATE, "Boilerplate",
            FindingType.SPACING, "Spacing", FindingType.PUNCTUATION, "Punctuation", FindingType.GRAMMAR, "Grammar",
            FindingType.SPELLING, "Spelling", FindingType.STYLE, "Style"));
    private static final String TEMPLATE = """
            ${item.index === undefined ? '' : item.index < 0 ? html`<div class="copydesk-group"><span>${item.group}</span>${item.acceptable
                ? html`<vaadin-button theme="small tertiary" @click=${acceptType}>Accept all ${item.message}</vaadin-button>`
                : ''}</div>`
            : html`<div class="copydesk-finding ${item.selected ? 'selected' : ''}" @click=${select}>
                <div><span class="copydesk-badge ${item.badge}">${item.label}</span>
                  <span class="copydesk-finding-message">${item.message}</span>
                  ${item.places ? html`<span class="copydesk-places">${item.places}</span>` : ''}</div>
                <div class="copydesk-excerpt">${item.context}</div>
                ${item.change ? html`<div class="copydesk-change">${item.change}</div>` : ''}
                <div>
                  ${item.acceptable ? html`<vaadin-button theme="small tertiary"
                      @click=${e => { e.stopPropagation(); accept(); }}>${item.places ? 'Accept all' : 'Accept'}</vaadin-button>` : ''}
                  <vaadin-button theme="small tertiary"
                      @click=${e => { e.stopPropagation(); ignore(); }}>${item.places ? 'Ignore all' : 'Ignore'}</vaadin-button>
                  ${item.tagAs ? html`<vaadin-button theme="small tertiary"
                      @click=${e => { e.stopPropagation(); tag(); }}>Tag as ${item.tagAs}</vaadin-button>` : ''}
                </div></div>`}""";

    private final Actions actions;
    private final Span summary = new Span();
    private final Span grammarStatus = new Span();
    /** Shown while LanguageTool loads (about 20 s after a start): the grammar and spelling findings follow. */
    private final ProgressBar grammarLoading = new ProgressBar();
    private final Button acceptAllSafe = new Button();
    private final Button acceptAllSuggested = new Button();
    private final VirtualList<Row> list = new VirtualList<>();
    private final Details ignoredDetails = new Details();
    private List<Row> rows = List.of();
    private List<Finding> findings = List.of();

    FindingsPanel(Actions actions) {
        this.actions = actions;
        setPadding(false);
        setSpacing(false);
        setWidth("28rem");
        setMinWidth("20rem");
        setHeightFull();
        addClassName("copydesk-findings");
        summary.setId("findings-summary");
        grammarStatus.setId("grammar-status");
        grammarStatus.addClassName("copydesk-muted");
        grammarLoading.setIndeterminate(true);
        grammarLoading.setId("grammar-loading");
        grammarLoading.setVisible(false);
        acceptAllSafe.setId("autoclean");
        acceptAllSafe.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        // Disabled while the bulk fix runs (a long story takes a moment), so a second click can't apply it twice.
        acceptAllSafe.setDisableOnClick(true);
        acceptAllSafe.addClickListener(click -> bulk(acceptAllSafe, Autoclean.Level.SAFE));
        acceptAllSuggested.setId("accept-suggestions");
        acceptAllSuggested.addThemeVariants(ButtonVariant.LUMO_SMALL);
        acceptAllSuggested.setDisableOnClick(true);
        acceptAllSuggested.addClickListener(click -> bulk(acceptAllSuggested, Autoclean.Level.SUGGESTED));
        list.setId("findings");
        list.setRenderer(LitRenderer.<Row>of(TEMPLATE)
                .withProperty("index", Row::index)
                .withProperty("group", Row::group)
                .withProperty("label", Row::label)
                .withProperty("badge", Row::badge)
                .withProperty("message", Row::message)
                .withProperty("context", Row::context)
                .withProperty("change", Row::change)
                .withProperty("acceptable", Row::acceptable)
                .withProperty("tagAs", Row::tagAs)
                .withProperty("selected", Row::selected)
                .withProperty("places", Row::places)
                .withFunction("select", row -> run("select", row))
                .withFunction("accept", row -> run("accept", row))
                .withFunction("ignore", row -> run("ignore", row))
                .withFunction("tag", row -> run("tag", row))
                .withFunction("acceptType", row -> run("acceptType", row)));
        ignoredDetails.setId("ignored");
        add(new H4("Findings"), summary, grammarStatus, grammarLoading, new HorizontalLayout(acceptAllSafe, acceptAllSuggested), list,
                ignoredDetails);
        expand(list);
    }

    /** What the row buttons do; tests call it with the same names the template uses. */
    public void run(String action, Row row) {
        switch (action) {
            case "select" -> actions.select(row.index());
            case "accept" -> actions.accept(row.members());
            case "ignore" -> actions.ignore(row.members());
            case "tag" -> actions.tag(row.index(), findings.get(row.index()).type() == FindingType.AD_INSERT
                    ? TagKind.AD : TagKind.BOILERPLATE);
            case "acceptType" -> actions.acceptType(FindingType.valueOf(row.label()));
            default -> throw new IllegalArgumentException(action);
        }
    }

    public List<Row> rows() {
        return rows;
    }

    /** The findings the row of finding {@code index} stands for: the keys act on a row as its buttons do. */
    List<Integer> sameAs(int index) {
        return rows.stream().filter(r -> r.index() >= 0 && r.members().contains(index)).findFirst().map(Row::members)
                .orElse(List.of(index));
    }

    void show(String body, List<Finding> findings, Analysis.GrammarStatus grammar, List<IgnoredFindingView> ignored) {
        this.findings = findings;
        Map<FindingType, List<Integer>> groups = new EnumMap<>(FindingType.class);
        for (int i = 0; i < findings.size(); i++) {
            groups.computeIfAbsent(findings.get(i).type(), t -> new ArrayList<>()).add(i);
        }
        summary.setText(findings.isEmpty() ? "No findings." : groups.entrySet().stream()
                .map(e -> GROUP_NAMES.get(e.getKey()) + " " + e.getValue().size()).collect(Collectors.joining(" \u00b7 ")));
        long safe = findings.stream().filter(Finding::safe).count();
        acceptAllSafe.setText("Accept all safe fixes (" + safe + ")");
        acceptAllSafe.setEnabled(safe > 0);
        long suggested = findings.stream().filter(Finding::suggested).count();
        acceptAllSuggested.setText("Accept all suggestions (" + suggested + ")");
        acceptAllSuggested.setEnabled(suggested > 0);
        grammarLoading.setVisible(grammar == Analysis.GrammarStatus.LOADING);
        grammarStatus.setText(switch (grammar) {
            case CHECKED -> "Grammar and spelling checked.";
            case LOADING -> "Grammar and spelling checks are still loading\u2026 the other checks are done.";
            case NOT_ENGLISH -> "Not English: no English grammar or spelling checks.";
            case TOO_LONG -> "Too long for a grammar check; the other checks ran.";
            case OFF -> "Grammar and spelling checks are off.";
        });
        List<Row> out = new ArrayList<>();
        for (var group : groups.entrySet()) {
            long applicable = group.getValue().stream().filter(i -> !findings.get(i).query()).count();
            out.add(new Row(-1, GROUP_NAMES.get(group.getKey()) + " (" + group.getValue().size() + ")",
                    group.getKey().name(), "", Long.toString(applicable), "", "", applicable > 1, "", false, List.of()));
            List<Finding> ofType = group.getValue().stream().map(findings::get).toList();
            for (List<Integer> same : SameFindings.groups(body, ofType)) {
                List<Integer> members = same.stream().map(group.getValue()::get).toList();
                out.add(row(body, findings.get(members.getFirst()), members, false));
            }
        }
        rows = out;
        list.setItems(rows);
        ignoredDetails.setSummaryText("Ignored (" + ignored.size() + ")");
        ignoredDetails.removeAll();
        for (IgnoredFindingView ig : ignored) {
            Button restore = new Button("Restore", click -> actions.restore(ig.fingerprint()));
            restore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Span text = new Span(ig.reason() == null ? ig.label() : ig.label() + " \u2014 why: " + ig.reason());
            Div line = new Div(text, restore);
            line.addClassName("copydesk-ignored");
            ignoredDetails.add(line);
        }
    }

    private static Row row(String body, Finding f, List<Integer> members, boolean selected) {
        String change = f.query() ? "" : f.replacement() == null ? "delete"
                : Excerpts.visible(body.substring(f.start(), f.end())) + " \u2192 " + Excerpts.visible(f.replacement());
        String tagAs = f.type() == FindingType.AD_INSERT ? "ad" : f.type() == FindingType.BOILERPLATE ? "boilerplate" : "";
        return new Row(members.getFirst(), "", StoryMarkup.label(f), f.safe() ? "safe" : f.query() ? "query" : "hint",
                f.message(), Excerpts.context(body, f.start(), f.end()), change, !f.query(), tagAs, selected, members);
    }

    void markSelected(int index) {
        List<Row> out = new ArrayList<>(rows.size());
        int position = -1;
        for (Row r : rows) {
            boolean select = r.index() >= 0 && r.members().contains(index);
            if (select) {
                position = out.size();
            }
            out.add(r.selected() == select ? r : r.selected(select));
        }
        rows = out;
        list.setItems(rows);
        if (position >= 0) {
            list.scrollToIndex(position);
        }
    }

    /** Runs a bulk fix; the button comes back enabled if fixes of its kind are still open. */
    private void bulk(Button button, Autoclean.Level level) {
        try {
            actions.acceptAll(level);
        } finally {
            long open = findings.stream().filter(level == Autoclean.Level.SAFE ? Finding::safe : Finding::suggested).count();
            button.setEnabled(open > 0);
        }
    }
}
