package dev.copydesk.cleanup.corpus;


import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import dev.copydesk.cleanup.FindingType;
import dev.copydesk.cleanup.corpus.OneStopEnglish.Story;
import dev.copydesk.cleanup.corpus.Words.Span;

/**
 * Garbles clean stories the way wire feeds and pasted pages garble them, with exact gold: the clean story is the
 * gold, and every injected defect records where it is in the garbled text and the edit that undoes it (applying all
 * of a story's undo edits gives the clean text back, which {@link #garble} checks). The kinds are the seed's
 * (see {@code ../shared/seed/story-defects.json}); the wordings, shapes and positions vary the way real copy varies
 * and were written without looking at the engine's rules. Deterministic: the same seed and story give the same
 * garbling, whatever the order stories are garbled in.
 */
public final class Garbler {

    /** A defect kind, the seed's name for it, and the finding types that count as finding it. */
    public enum Kind {
        REPEATED_HEADLINE("DUPLICATE_HEADLINE", FindingType.DUPLICATE, FindingType.BOILERPLATE),
        BYLINE("BYLINE_PUNCTUATION (the byline line in the body)", FindingType.BOILERPLATE, FindingType.PUNCTUATION,
                FindingType.STYLE),
        AD_INSERT("AD_INSERT", FindingType.AD_INSERT, FindingType.BOILERPLATE),
        BOILERPLATE("BOILERPLATE", FindingType.BOILERPLATE, FindingType.AD_INSERT),
        GLUED_WORDS("GLUED_TOKEN", FindingType.SPACING, FindingType.SPELLING, FindingType.BOILERPLATE),
        MISSING_SPACE("SPACING_MISSING", FindingType.SPACING, FindingType.PUNCTUATION),
        DOUBLE_SPACE("SPACING_DOUBLE", FindingType.SPACING),
        MERGED_PARAGRAPHS("PARAGRAPH_BREAK (no blank line, two, or a lost break)", FindingType.SPACING, FindingType.PUNCTUATION,
                FindingType.STYLE),
        SPLIT_PARAGRAPH("PARAGRAPH_BREAK (a break mid-sentence)", FindingType.SPACING, FindingType.PUNCTUATION,
                FindingType.STYLE),
        REPEATED_PARAGRAPH("(repeated passage)", FindingType.DUPLICATE),
        REPEATED_SENTENCE("(repeated sentence)", FindingType.DUPLICATE),
        UNBALANCED_QUOTE("UNBALANCED_QUOTE", FindingType.PUNCTUATION),
        MISSING_FINAL_PERIOD("PUNCTUATION_MISSING_PERIOD", FindingType.PUNCTUATION);

        public final String seedType;
        public final Set<FindingType> fits;

        Kind(String seedType, FindingType first, FindingType... more) {
            this.seedType = seedType;
            this.fits = EnumSet.of(first, more);
        }
    }

    /** Replace [start, end) of the garbled text by {@code replacement} (empty: delete). */
    public record Edit(int start, int end, String replacement) {
    }

    /**
     * One injected defect: its kind, which shape or wording it took, where it is (token-widened spans: a finding
     * overlapping any of them is on this defect) and the edits that undo it.
     */
    public record Defect(int id, Kind kind, String variant, List<Span> spans, List<Edit> fixes, String excerpt) {
    }

    /** A garbled story: the story's own headline, the garbled body, the gold (the clean body) and the defects. */
    public record Garbled(Story story, String headline, String text, String gold, List<Defect> defects) {

        public int words() {
            return Words.count(text);
        }

        /** The garbled text with every defect's undo edit applied: equals {@link #gold()} (checked on creation). */
        public String undone() {
            List<Edit> all = new ArrayList<>();
            defects.forEach(d -> all.addAll(d.fixes()));
            all.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
            for (int i = 1; i < all.size(); i++) {
                if (all.get(i).start() < all.get(i - 1).end()) {
                    throw new IllegalStateException("Overlapping undo edits " + all.get(i - 1) + " " + all.get(i));
                }
            }
            StringBuilder out = new StringBuilder(text);
            for (int i = all.size() - 1; i >= 0; i--) {
                Edit e = all.get(i);
                out.replace(e.start(), e.end(), e.replacement());
            }
            return out.toString();
        }
    }

    private static final String[] FIRST = {"Aaron", "Priya", "Tomasz", "Hannah", "Kwame", "Sofia", "Liam", "Mei",
        "Daniel", "Fatima", "Oliver", "Inès", "Rahul", "Grace", "Mateo", "Chloe", "Yusuf", "Elena", "Samuel", "Aisha",
        "Jonathan", "Nadia", "Ciarán", "Beatriz"};
    private static final String[] LAST = {"Miller", "Okafor", "Nowak", "Fischer", "Mensah", "Rossi", "O'Brien", "Chen",
        "Hughes", "Haddad", "Clarke", "Ferreira", "Sharma", "Whitfield", "Alvarez", "Dubois", "Demir", "Petrova",
        "Lindqvist", "Nkemelu", "Barker-Jones", "McAllister", "van der Berg", "Takahashi"};
    private static final String[] AGENCIES = {"Reuters", "AP", "AFP", "PA Media", "Bloomberg", "dpa", "Associated Press",
        "Press Association", "ANSA", "EFE", "Agence France-Presse"};
    private static final String[] ROLES = {"Political Correspondent", "Health Editor", "Science Reporter",
        "Chief Economics Correspondent", "Staff Writer", "Senior Reporter", "Environment Editor"};
    private static final String[] CITIES = {"London", "Washington", "Brussels", "Nairobi", "São Paulo", "Delhi",
        "Sydney", "Berlin", "Madrid", "Johannesburg"};
    private static final String[] PLACES = {"Riverside", "Harbour View", "Kingsway", "Old Town", "Meadowbrook",
        "Lakeside", "Marina Bay", "Hillcrest", "Abbey Road", "Northgate"};
    private static final String[] BUSINESSES = {"Spa", "Restaurant", "Hotel", "Dental Clinic", "Garden Centre",
        "Lounge Bar", "Conference Suites", "Car Wash", "Bakery", "Fitness Studio", "Wedding Venue", "Golf Club"};
    private static final String[] PRODUCTS = {"Hearing Aids", "Garden Furniture", "Electric Bikes", "Home Insurance",
        "Solar Panels", "Designer Sofas", "Mortgage Rates", "Winter Tyres", "Holiday Cottages", "Smart Watches",
        "Kitchen Worktops", "Stairlifts"};
    private static final String[] SERVICES = {"Plumbers", "Driving Lessons", "Accountants", "Removal Vans",
        "Dog Groomers", "Roofers", "Wedding Photographers", "Boiler Repairs"};
    private static final String[] STORES = {"Brightmart", "Homeworld", "Carters", "Nordale Outlet", "PlusMore",
        "Vantage Direct"};
    private static final String[] ADJECTIVES = {"Luxury", "Affordable", "Premium", "Exclusive", "Award-Winning",
        "Handmade", "Discount"};
    private static final String[] MONTHS = {"January", "March", "May", "June", "September", "November", "December"};
    private static final String[] SECTIONS = {"world", "politics", "business", "uk", "europe", "science", "tech",
        "health", "environment", "culture", "sport", "lead", "update", "news"};

    private final long seed;
    private final List<String> otherHeadlines;

    /** @param otherHeadlines headlines for "Read more: …" lines (normally every story's) */
    public Garbler(long seed, List<String> otherHeadlines) {
        this.seed = seed;
        this.otherHeadlines = List.copyOf(otherHeadlines);
    }

    private Random random(Story story, String salt) {
        return new Random(seed * 1_000_003L + (story.name() + salt).hashCode());
    }

    /** The story with a random mix of defects (about eight), as a feed would deliver it. */
    public Garbled garble(Story story) {
        Random r = random(story, "");
        Map<Kind, Integer> plan = new EnumMap<>(Kind.class);
        plan.put(Kind.REPEATED_HEADLINE, chance(r, 0.5) ? 1 : 0);
        plan.put(Kind.BYLINE, chance(r, 0.6) ? 1 : 0);
        plan.put(Kind.AD_INSERT, chance(r, 0.6) ? 1 + (chance(r, 0.3) ? 1 : 0) : 0);
        plan.put(Kind.BOILERPLATE, chance(r, 0.7) ? 1 + (chance(r, 0.35) ? 1 : 0) : 0);
        plan.put(Kind.GLUED_WORDS, chance(r, 0.5) ? 1 : 0);
        plan.put(Kind.MISSING_SPACE, chance(r, 0.6) ? 1 + r.nextInt(2) : 0);
        plan.put(Kind.DOUBLE_SPACE, chance(r, 0.6) ? 1 + r.nextInt(3) : 0);
        plan.put(Kind.MERGED_PARAGRAPHS, chance(r, 0.5) ? 1 : 0);
        plan.put(Kind.SPLIT_PARAGRAPH, chance(r, 0.5) ? 1 : 0);
        plan.put(Kind.REPEATED_PARAGRAPH, chance(r, 0.5) ? 1 : 0);
        plan.put(Kind.REPEATED_SENTENCE, chance(r, 0.4) ? 1 : 0);
        plan.put(Kind.UNBALANCED_QUOTE, chance(r, 0.4) ? 1 : 0);
        plan.put(Kind.MISSING_FINAL_PERIOD, chance(r, 0.5) ? 1 : 0);
        return build(story, plan, r);
    }

    /** The story with exactly one defect of {@code kind} (none if the story offers no place for it). */
    public Garbled garble(Story story, Kind kind) {
        Map<Kind, Integer> plan = new EnumMap<>(Kind.class);
        plan.put(kind, 1);
        return build(story, plan, random(story, kind.name()));
    }

    private static boolean chance(Random r, double p) {
        return r.nextDouble() < p;
    }

    // ---- the story as lines with marks ------------------------------------------------------------------------

    /** A defect while it is being injected. */
    private static final class D {
        final int id;
        final Kind kind;
        final String variant;

        D(int id, Kind kind, String variant) {
            this.id = id;
            this.kind = kind;
            this.variant = variant;
        }
    }

    /** Part of a defect inside one line; {@code fix == null}: where it shows, with nothing to undo there. */
    private record Mark(D d, int start, int end, String fix) {
    }

    private static final class Line {
        final StringBuilder text;
        List<Mark> marks = new ArrayList<>();
        /** The whole line is injected: undone by deleting it. */
        D inserted;
        /** A paragraph split here: undone by joining this line and the next with one space. */
        D splitNext;
        boolean splitPrev;

        Line(String text) {
            this.text = new StringBuilder(text);
        }

        String s() {
            return text.toString();
        }

        boolean original() {
            return inserted == null;
        }

        /** No mark within {@code margin} chars of [start, end). */
        boolean free(int start, int end, int margin) {
            int e = Math.max(end, start + 1);
            for (Mark m : marks) {
                int ms = m.start() - margin;
                int me = Math.max(m.end(), m.start() + 1) + margin;
                if (start < me && ms < e) {
                    return false;
                }
            }
            return true;
        }

        void replace(int start, int end, String with) {
            int delta = with.length() - (end - start);
            text.replace(start, end, with);
            List<Mark> moved = new ArrayList<>();
            for (Mark m : marks) {
                if (m.end() <= start) {
                    moved.add(m);
                } else if (m.start() >= end) {
                    moved.add(new Mark(m.d(), m.start() + delta, m.end() + delta, m.fix()));
                } else if (m.fix() == null && start >= m.start() && end <= m.end()) {
                    moved.add(new Mark(m.d(), m.start(), m.end() + delta, null));
                } else {
                    throw new IllegalStateException("Edit " + start + ".." + end + " cuts a mark " + m);
                }
            }
            marks = moved;
        }

        void mark(D d, int start, int end, String fix) {
            marks.add(new Mark(d, start, end, fix));
        }
    }

    private final class Build {
        final Story story;
        final Random r;
        final List<Line> lines = new ArrayList<>();
        final List<D> defects = new ArrayList<>();

        Build(Story story, Random r) {
            this.story = story;
            this.r = r;
            story.paragraphs().forEach(p -> lines.add(new Line(p)));
        }

        D defect(Kind kind, String variant) {
            D d = new D(defects.size() + 1, kind, variant);
            defects.add(d);
            return d;
        }

        <T> T pick(List<T> options) {
            return options.get(r.nextInt(options.size()));
        }

        String pick(String[] options) {
            return options[r.nextInt(options.length)];
        }

        List<Integer> originalLines() {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).original()) {
                    out.add(i);
                }
            }
            return out;
        }

        /** Candidate positions as (line, offset) pairs. */
        record Spot(int line, int at, int end, String label) {
        }

        Spot pickSpot(List<Spot> spots) {
            return spots.isEmpty() ? null : spots.get(r.nextInt(spots.size()));
        }

        void insertLine(int index, String text, D d) {
            int i = Math.max(0, Math.min(index, lines.size()));
            while (i > 0 && i < lines.size() && lines.get(i - 1).splitNext != null) {
                i++;
            }
            Line line = new Line(text);
            line.inserted = d;
            lines.add(i, line);
        }

        // ---- the defects, one method per kind: true if it found a place ----

        boolean glued() {
            if (chance(r, 0.5)) {
                List<Spot> spots = new ArrayList<>();
                for (int i : originalLines()) {
                    String p = lines.get(i).s();
                    if (!p.isEmpty() && (Character.isUpperCase(p.charAt(0)) || p.charAt(0) == '“')
                            && lines.get(i).free(0, 1, 3)) {
                        spots.add(new Spot(i, 0, 0, "feed tag glued to a paragraph's first word"));
                    }
                }
                Spot s = pickSpot(spots);
                if (s != null) {
                    String tag = tag();
                    Line line = lines.get(s.line());
                    line.replace(0, 0, tag);
                    line.mark(defect(Kind.GLUED_WORDS, s.label()), 0, tag.length(), "");
                    return true;
                }
            }
            List<Spot> spots = new ArrayList<>();
            for (int i : originalLines()) {
                String p = lines.get(i).s();
                for (Span sentence : Words.sentences(p)) {
                    int end = sentence.end();
                    if (end < p.length() - 2 && p.charAt(end - 1) == '.' && Character.isLowerCase(p.charAt(end - 2))
                            && Character.isUpperCase(p.charAt(end + 1)) && lines.get(i).free(end - 1, end + 1, 3)) {
                        spots.add(new Spot(i, end - 1, end + 1, "full stop and space lost between sentences"));
                    }
                }
            }
            Spot s = pickSpot(spots);
            if (s == null) {
                return false;
            }
            Line line = lines.get(s.line());
            line.replace(s.at(), s.end(), "");
            line.mark(defect(Kind.GLUED_WORDS, s.label()), s.at(), s.at(), ". ");
            return true;
        }

        /** A feed's tag: a word of the headline or a name in the story, lower-cased, or a desk's section slug. */
        String tag() {
            List<String> options = new ArrayList<>();
            for (String w : story.headline().split("\\s+")) {
                if (w.length() >= 4 && w.chars().allMatch(Character::isLetter)) {
                    options.add(w.toLowerCase(Locale.ROOT));
                }
            }
            Map<String, Integer> names = new HashMap<>();
            for (String w : story.body().split("[^\\p{L}]+")) {
                if (w.length() >= 4 && Character.isUpperCase(w.charAt(0)) && w.substring(1).chars().allMatch(Character::isLowerCase)) {
                    names.merge(w, 1, Integer::sum);
                }
            }
            names.entrySet().stream().filter(e -> e.getValue() >= 3).map(e -> e.getKey().toLowerCase(Locale.ROOT))
                    .sorted().forEach(options::add);
            if (options.isEmpty() || chance(r, 0.3)) {
                return pick(SECTIONS);
            }
            return pick(options);
        }

        boolean missingSpace() {
            Map<String, List<Spot>> byClass = new HashMap<>();
            for (int i : originalLines()) {
                String p = lines.get(i).s();
                for (int k = 1; k + 2 < p.length(); k++) {
                    char c = p.charAt(k);
                    char before = p.charAt(k - 1);
                    char after = p.charAt(k + 2);
                    if (p.charAt(k + 1) != ' ' || !(Character.isLetterOrDigit(after) || "“‘\"'".indexOf(after) >= 0)) {
                        continue;
                    }
                    String cls = null;
                    boolean closer = "”’\")".indexOf(before) >= 0;
                    if (".!?".indexOf(c) >= 0 && Character.isLetterOrDigit(before)) {
                        cls = "after a sentence's full stop";
                    } else if (".!?".indexOf(c) >= 0 && closer || "”’\")".indexOf(c) >= 0 && ".!?".indexOf(before) >= 0) {
                        cls = "after a closing quote and full stop";
                    } else if (c == ',' && (Character.isLetterOrDigit(before) || closer)) {
                        cls = "after a comma";
                    } else if ((c == ';' || c == ':') && (Character.isLetterOrDigit(before) || closer)) {
                        cls = "after a colon or semicolon";
                    }
                    if (cls != null && lines.get(i).free(k, k + 2, 3)) {
                        byClass.computeIfAbsent(cls, x -> new ArrayList<>()).add(new Spot(i, k + 1, k + 2, cls));
                    }
                }
            }
            if (byClass.isEmpty()) {
                return false;
            }
            List<String> classes = new ArrayList<>(byClass.keySet());
            classes.sort(null);
            // Sentence ends and commas are where converters most often lose spaces; still give every class a turn.
            String cls = chance(r, 0.6) && byClass.containsKey("after a sentence's full stop")
                    ? "after a sentence's full stop" : pick(classes);
            Spot s = pick(byClass.get(cls));
            Line line = lines.get(s.line());
            line.replace(s.at(), s.end(), "");
            line.mark(defect(Kind.MISSING_SPACE, cls), s.at(), s.at(), " ");
            return true;
        }

        boolean doubleSpace() {
            String[] runs = {"  ", "  ", "  ", "   ", " \u00a0", " \u00a0", "\u00a0 ", "\u00a0\u00a0", " \u00a0 ", "\t "};
            String[] names = {"two spaces", "two spaces", "two spaces", "three spaces", "space + no-break space",
                "space + no-break space", "no-break space + space", "two no-break spaces", "space, no-break space, space",
                "tab + space"};
            boolean afterStop = chance(r, 0.3);
            List<Spot> spots = new ArrayList<>();
            for (int i : originalLines()) {
                String p = lines.get(i).s();
                for (int k = 1; k + 1 < p.length(); k++) {
                    if (p.charAt(k) == ' ' && !Words.isSpace(p.charAt(k - 1)) && !Words.isSpace(p.charAt(k + 1))
                            && (!afterStop || ".!?”".indexOf(p.charAt(k - 1)) >= 0) && lines.get(i).free(k, k + 1, 3)) {
                        spots.add(new Spot(i, k, k + 1, afterStop ? " after a sentence" : ""));
                    }
                }
            }
            Spot s = pickSpot(spots);
            if (s == null) {
                return false;
            }
            int v = r.nextInt(runs.length);
            Line line = lines.get(s.line());
            line.replace(s.at(), s.end(), runs[v]);
            line.mark(defect(Kind.DOUBLE_SPACE, names[v] + s.label()), s.at(), s.at() + runs[v].length(), " ");
            return true;
        }

        boolean missingFinalPeriod() {
            List<Spot> spots = new ArrayList<>();
            List<Integer> originals = originalLines();
            for (int i : originals) {
                String p = lines.get(i).s();
                int n = p.length();
                if (n > 20 && p.charAt(n - 1) == '.' && (Character.isLetterOrDigit(p.charAt(n - 2)) || p.charAt(n - 2) == ')')
                        && lines.get(i).free(n - 1, n, 3)) {
                    spots.add(new Spot(i, n - 1, n, i == originals.getLast() ? "last paragraph" : "inner paragraph"));
                }
            }
            Spot s = spots.stream().filter(x -> x.label().equals("last paragraph")).findFirst()
                    .filter(x -> chance(r, 0.4)).orElseGet(() -> pickSpot(spots));
            if (s == null) {
                return false;
            }
            Line line = lines.get(s.line());
            line.replace(s.at(), s.end(), "");
            line.mark(defect(Kind.MISSING_FINAL_PERIOD, s.label()), s.at(), s.at(), ".");
            return true;
        }

        boolean unbalancedQuote() {
            List<Spot> spots = new ArrayList<>();
            for (int i : originalLines()) {
                String p = lines.get(i).s();
                if (count(p, '“') == count(p, '”') && count(p, '“') > 0) {
                    for (int a = p.indexOf('“'); a >= 0; a = p.indexOf('“', a + 1)) {
                        int c = p.indexOf('”', a);
                        int nextOpen = p.indexOf('“', a + 1);
                        if (c > a + 3 && (nextOpen < 0 || nextOpen > c) && lines.get(i).free(a, c + 1, 2)) {
                            spots.add(new Spot(i, a, c, "curly"));
                        }
                    }
                } else if (count(p, '“') + count(p, '”') == 0 && count(p, '"') % 2 == 0 && count(p, '"') > 0) {
                    int a = p.indexOf('"');
                    int c = p.indexOf('"', a + 1);
                    if (c > a + 3 && lines.get(i).free(a, c + 1, 2)) {
                        spots.add(new Spot(i, a, c, "straight"));
                    }
                }
            }
            Spot s = pickSpot(spots);
            if (s == null) {
                return false;
            }
            Line line = lines.get(s.line());
            boolean open = chance(r, 0.5);
            String p = line.s();
            int a = s.at();
            int c = s.end();
            D d = defect(Kind.UNBALANCED_QUOTE, (open ? "opening " : "closing ") + s.label() + " quote missing");
            if (open) {
                String q = String.valueOf(p.charAt(a));
                line.replace(a, a + 1, "");
                line.mark(d, a, a, q);
                line.mark(d, a, c, null);
            } else {
                String q = String.valueOf(p.charAt(c));
                line.replace(c, c + 1, "");
                line.mark(d, c, c, q);
                line.mark(d, a, c, null);
            }
            return true;
        }

        boolean repeatedSentence() {
            List<Spot> spots = new ArrayList<>();
            List<Integer> originals = originalLines();
            for (int i : originals) {
                String p = lines.get(i).s();
                for (Span sentence : Words.sentences(p)) {
                    if (Words.count(p.substring(sentence.start(), sentence.end())) >= 6
                            && lines.get(i).free(sentence.start(), sentence.end(), 2)) {
                        spots.add(new Spot(i, sentence.start(), sentence.end(), ""));
                    }
                }
            }
            Spot s = pickSpot(spots);
            if (s == null) {
                return false;
            }
            Line line = lines.get(s.line());
            String sentence = line.s().substring(s.at(), s.end());
            int next = originals.indexOf(s.line()) + 1;
            Line nextLine = next < originals.size() && originals.get(next) == s.line() + 1 ? lines.get(s.line() + 1) : null;
            double v = r.nextDouble();
            if (nextLine != null && v < 0.2 && nextLine.free(0, 0, 2)) {
                nextLine.replace(0, 0, sentence + " ");
                nextLine.mark(defect(Kind.REPEATED_SENTENCE, "again at the start of the next paragraph"), 0,
                        sentence.length() + 1, "");
                return true;
            }
            if (nextLine != null && v < 0.4 && nextLine.free(nextLine.text.length(), nextLine.text.length(), 2)) {
                int at = nextLine.text.length();
                nextLine.replace(at, at, " " + sentence);
                nextLine.mark(defect(Kind.REPEATED_SENTENCE, "again at the end of the next paragraph"), at,
                        at + 1 + sentence.length(), "");
                return true;
            }
            int at = s.end();
            if (!line.free(at, at, 2)) {
                return false;
            }
            line.replace(at, at, " " + sentence);
            line.mark(defect(Kind.REPEATED_SENTENCE, "right after itself"), at, at + 1 + sentence.length(), "");
            return true;
        }

        boolean split() {
            List<Spot> spots = new ArrayList<>();
            for (int i : originalLines()) {
                Line line = lines.get(i);
                String p = line.s();
                if (line.splitNext != null || line.splitPrev || Words.count(p) < 16) {
                    continue;
                }
                int word = 0;
                int total = Words.count(p);
                for (int k = 1; k + 1 < p.length(); k++) {
                    if (p.charAt(k) != ' ') {
                        continue;
                    }
                    word++;
                    char before = p.charAt(k - 1);
                    if (word >= 4 && word <= total - 4 && ".!?:;”\"".indexOf(before) < 0
                            && !Words.isSpace(p.charAt(k + 1)) && line.free(k, k + 1, 2)) {
                        spots.add(new Spot(i, k, k + 1, "mid-sentence"));
                    }
                }
            }
            Spot s = pickSpot(spots);
            if (s == null) {
                return false;
            }
            Line line = lines.get(s.line());
            String p = line.s();
            D d = defect(Kind.SPLIT_PARAGRAPH, s.label());
            Line a = new Line(p.substring(0, s.at()));
            Line b = new Line(p.substring(s.end()));
            for (Mark m : line.marks) {
                if (m.end() <= s.at()) {
                    a.marks.add(m);
                } else {
                    b.marks.add(new Mark(m.d(), m.start() - s.end(), m.end() - s.end(), m.fix()));
                }
            }
            a.mark(d, a.text.length(), a.text.length(), null);
            b.mark(d, 0, 0, null);
            a.splitNext = d;
            a.splitPrev = line.splitPrev;
            b.splitPrev = true;
            b.splitNext = line.splitNext;
            lines.set(s.line(), a);
            lines.add(s.line() + 1, b);
            return true;
        }

        boolean merge() {
            List<Integer> spots = new ArrayList<>();
            for (int i = 0; i + 1 < lines.size(); i++) {
                Line a = lines.get(i);
                Line b = lines.get(i + 1);
                if (a.original() && b.original() && a.splitNext == null
                        && a.free(a.text.length(), a.text.length(), 3) && b.free(0, 0, 3)) {
                    spots.add(i);
                }
            }
            if (spots.isEmpty()) {
                return false;
            }
            int i = pick(spots);
            // The seed's own shapes (a single line break, three of them) and the harder ones of scraped text,
            // where the break is lost altogether.
            double v = r.nextDouble();
            String sep = v < 0.3 ? "\n" : v < 0.45 ? "\n\n\n" : v < 0.8 ? " " : v < 0.9 ? "" : "  ";
            D d = defect(Kind.MERGED_PARAGRAPHS, switch (sep) {
                case "\n" -> "a single line break";
                case "\n\n\n" -> "two blank lines";
                case "" -> "joined with no space";
                case " " -> "joined by a space";
                default -> "joined by two spaces";
            });
            Line a = lines.get(i);
            Line b = lines.remove(i + 1);
            int at = a.text.length();
            a.text.append(sep).append(b.text);
            a.mark(d, at, at + sep.length(), "\n\n");
            for (Mark m : b.marks) {
                a.marks.add(new Mark(m.d(), m.start() + at + sep.length(), m.end() + at + sep.length(), m.fix()));
            }
            a.splitNext = b.splitNext;
            return true;
        }

        boolean repeatedParagraph() {
            List<Integer> spots = new ArrayList<>();
            for (int i : originalLines()) {
                Line line = lines.get(i);
                if (line.marks.isEmpty() && line.splitNext == null && !line.splitPrev && Words.count(line.s()) >= 8) {
                    spots.add(i);
                }
            }
            if (spots.isEmpty()) {
                return false;
            }
            int i = pick(spots);
            int later = chance(r, 0.5) ? 0 : 1 + r.nextInt(3);
            int at = Math.min(lines.size(), i + 1 + later);
            insertLine(at, lines.get(i).s(), defect(Kind.REPEATED_PARAGRAPH,
                    later == 0 ? "right after itself" : "a few paragraphs later"));
            return true;
        }

        int betweenParagraphs() {
            return lines.size() < 2 ? lines.size() : 1 + r.nextInt(lines.size() - 1);
        }

        boolean ad() {
            String promo = promo();
            double v = r.nextDouble();
            int at = betweenParagraphs();
            if (v < 0.15) {
                insertLine(at, promo, defect(Kind.AD_INSERT, "title-case promo line"));
                insertLine(at + 1, "AD: " + promo, defect(Kind.AD_INSERT, "AD: echo of the promo line above"));
                return true;
            }
            String[][] shapes = {
                {"AD: %s", "AD: promo"}, {"Advertisement", "Advertisement"}, {"ADVERTISEMENT", "ADVERTISEMENT"},
                {"- Advertisement -", "- Advertisement -"}, {"Sponsored: %s", "Sponsored: promo"},
                {"[Sponsored] %s", "[Sponsored] promo"}, {"Promoted: %s", "Promoted: promo"},
                {"%s", "title-case promo line"}, {"%s", "title-case promo line"},
                {"Story continues below advertisement", "Story continues below advertisement"},
                {"Advertisement – scroll to continue", "Advertisement – scroll to continue"},
                {"Ad | %s", "Ad | promo"}};
            String[] shape = shapes[r.nextInt(shapes.length)];
            insertLine(at, shape[0].formatted(promo), defect(Kind.AD_INSERT, shape[1]));
            return true;
        }

        /** An advertiser's line: title case and no verb, like the seed's "Heritage And Restaurant Lounge Bar". */
        String promo() {
            return switch (r.nextInt(7)) {
                case 0 -> pick(PLACES) + " " + pick(BUSINESSES) + " And " + pick(BUSINESSES);
                case 1 -> pick(ADJECTIVES) + " " + pick(PRODUCTS) + " At Unbeatable Prices";
                case 2 -> pick(ADJECTIVES) + " " + pick(PRODUCTS) + " Deals For " + pick(MONTHS);
                case 3 -> "Top Rated " + pick(SERVICES) + " Near You";
                case 4 -> pick(STORES) + " Summer Sale – Up To " + (2 + r.nextInt(6)) * 10 + "% Off";
                case 5 -> "Exclusive Offer: " + pick(PRODUCTS) + " From £" + (49 + r.nextInt(20) * 50);
                default -> "The " + pick(PLACES) + " " + pick(BUSINESSES);
            };
        }

        boolean boilerplate() {
            String other = pick(otherHeadlines);
            String name = pick(FIRST) + " " + pick(LAST);
            String[][] options = {
                {"Spread the news", "share prompt"}, {"Share this article", "share prompt"}, {"Share this:", "share prompt"},
                {"Share on Facebook", "share prompt"}, {"Share on Twitter Share on Facebook Share via Email", "share bar"},
                {"Facebook Twitter WhatsApp Email", "share bar"}, {"Follow us on Twitter", "follow prompt"},
                {"Follow us on Facebook and Instagram", "follow prompt"},
                {"Follow @" + pick(STORES).replace(" ", "") + "News on Twitter for the latest updates", "follow prompt"},
                {"Like us on Facebook", "follow prompt"}, {"Subscribe to our newsletter", "newsletter prompt"},
                {"Sign up for our daily newsletter", "newsletter prompt"},
                {"Get the day's top headlines delivered to your inbox", "newsletter prompt"},
                {"Read more: " + other, "Read more: headline"}, {"Related: " + other, "Related: headline"},
                {"Also read: " + other, "Also read: headline"}, {"READ MORE: " + other.toUpperCase(Locale.ROOT),
                    "READ MORE: HEADLINE"}, {"More on this story", "related stories heading"},
                {"Click here to read more stories", "click prompt"}, {"Comments (" + (2 + r.nextInt(80)) + ")", "comment count"},
                {"Join the conversation", "comment prompt"}, {"Print this page", "print prompt"},
                {"Copyright © " + (2012 + r.nextInt(4)) + " " + pick(AGENCIES) + ". All rights reserved.", "copyright line"},
                {"Reporting by " + name + "; Editing by " + pick(FIRST) + " " + pick(LAST), "agency credit line"}};
            String[] line = options[r.nextInt(options.length)];
            double v = r.nextDouble();
            int at = v < 0.5 ? lines.size() : v < 0.85 ? betweenParagraphs() : 0;
            String where = at == lines.size() ? " (end)" : at == 0 ? " (top)" : " (middle)";
            insertLine(at, line[0], defect(Kind.BOILERPLATE, line[1] + where));
            return true;
        }

        boolean byline() {
            String a = pick(FIRST) + " " + pick(LAST);
            String b = pick(FIRST) + " " + pick(LAST);
            String agency = pick(AGENCIES);
            String[][] shapes = {
                {"By " + a + " -", "By A B -"}, {"By " + a + " –", "By A B –"}, {"By " + a + " and " + b + " |", "By A B and C D |"},
                {a + ", " + agency, "A B, Agency"}, {a + " | " + agency, "A B | Agency"}, {"Written by " + a, "Written by A B"},
                {"By " + a, "By A B"}, {"BY " + a.toUpperCase(Locale.ROOT), "BY A B (capitals)"},
                {"By " + a + ", " + pick(ROLES), "By A B, Role"}, {a + " in " + pick(CITIES), "A B in City"},
                {"By " + a + " (" + agency + ")", "By A B (Agency)"}, {"By " + a + " and " + b, "By A B and C D"}};
            String[] shape = shapes[r.nextInt(shapes.length)];
            insertLine(0, shape[0], defect(Kind.BYLINE, shape[1]));
            return true;
        }

        boolean headline() {
            String h = story.headline();
            double v = r.nextDouble();
            String variant = v < 0.5 ? "verbatim" : v < 0.8 ? "Title Case" : "CAPITALS";
            String text = switch (variant) {
                case "verbatim" -> h;
                case "Title Case" -> titleCase(h);
                default -> h.toUpperCase(Locale.ROOT);
            };
            insertLine(0, text, defect(Kind.REPEATED_HEADLINE, variant));
            return true;
        }
    }

    private Garbled build(Story story, Map<Kind, Integer> plan, Random r) {
        Build b = new Build(story, r);
        Map<Kind, Supplier<Boolean>> inject = new EnumMap<>(Kind.class);
        inject.put(Kind.GLUED_WORDS, b::glued);
        inject.put(Kind.MISSING_SPACE, b::missingSpace);
        inject.put(Kind.DOUBLE_SPACE, b::doubleSpace);
        inject.put(Kind.MISSING_FINAL_PERIOD, b::missingFinalPeriod);
        inject.put(Kind.UNBALANCED_QUOTE, b::unbalancedQuote);
        inject.put(Kind.REPEATED_SENTENCE, b::repeatedSentence);
        inject.put(Kind.SPLIT_PARAGRAPH, b::split);
        inject.put(Kind.MERGED_PARAGRAPHS, b::merge);
        inject.put(Kind.REPEATED_PARAGRAPH, b::repeatedParagraph);
        inject.put(Kind.AD_INSERT, b::ad);
        inject.put(Kind.BOILERPLATE, b::boilerplate);
        inject.put(Kind.BYLINE, b::byline);
        inject.put(Kind.REPEATED_HEADLINE, b::headline);
        // In-line damage first, then paragraph structure, then whole lines (so line insertions land between paragraphs).
        for (Kind k : List.of(Kind.GLUED_WORDS, Kind.MISSING_SPACE, Kind.DOUBLE_SPACE, Kind.MISSING_FINAL_PERIOD,
                Kind.UNBALANCED_QUOTE, Kind.REPEATED_SENTENCE, Kind.SPLIT_PARAGRAPH, Kind.MERGED_PARAGRAPHS,
                Kind.REPEATED_PARAGRAPH, Kind.AD_INSERT, Kind.BOILERPLATE, Kind.BYLINE, Kind.REPEATED_HEADLINE)) {
            for (int n = plan.getOrDefault(k, 0); n > 0; n--) {
                inject.get(k).get();
            }
        }
        Garbled g = assemble(story, b);
        if (!g.undone().equals(story.body())) {
            throw new IllegalStateException("Garbler gold is not exact for " + story.name());
        }
        return g;
    }

    private static Garbled assemble(Story story, Build b) {
        StringBuilder out = new StringBuilder();
        int[] starts = new int[b.lines.size()];
        for (int i = 0; i < b.lines.size(); i++) {
            if (i > 0) {
                out.append("\n\n");
            }
            starts[i] = out.length();
            out.append(b.lines.get(i).text);
        }
        String text = out.toString();
        Map<D, List<Span>> spans = new HashMap<>();
        Map<D, List<Edit>> fixes = new HashMap<>();
        int firstOriginal = 0;
        while (firstOriginal < b.lines.size() && !b.lines.get(firstOriginal).original()) {
            firstOriginal++;
        }
        for (int i = 0; i < b.lines.size(); i++) {
            Line line = b.lines.get(i);
            int s = starts[i];
            int e = s + line.text.length();
            if (line.inserted != null) {
                spans.computeIfAbsent(line.inserted, x -> new ArrayList<>()).add(new Span(s, e));
                // After the story's first paragraph, a line goes with the separator before it; in the block of
                // injected lines at the top, with the one after it (so neighbouring deletions never overlap).
                Edit delete = firstOriginal < i ? new Edit(s - 2, e, "") : new Edit(s, starts[i + 1], "");
                fixes.computeIfAbsent(line.inserted, x -> new ArrayList<>()).add(delete);
            }
            if (line.splitNext != null) {
                fixes.computeIfAbsent(line.splitNext, x -> new ArrayList<>()).add(new Edit(e, starts[i + 1], " "));
            }
            for (Mark m : line.marks) {
                spans.computeIfAbsent(m.d(), x -> new ArrayList<>()).add(widen(text, s + m.start(), s + m.end()));
                if (m.fix() != null) {
                    fixes.computeIfAbsent(m.d(), x -> new ArrayList<>()).add(new Edit(s + m.start(), s + m.end(), m.fix()));
                }
            }
        }
        List<Defect> defects = new ArrayList<>();
        for (D d : b.defects) {
            List<Span> sp = spans.getOrDefault(d, List.of());
            Span first = sp.isEmpty() ? new Span(0, 0) : sp.getFirst();
            String excerpt = excerpt(text, first);
            defects.add(new Defect(d.id, d.kind, d.variant, List.copyOf(sp), List.copyOf(fixes.getOrDefault(d, List.of())),
                    excerpt));
        }
        return new Garbled(story, story.headline(), text, story.body(), List.copyOf(defects));
    }

    /** The span grown to whole tokens on both sides (so a zero-width gap covers the words it glued or lost). */
    static Span widen(String text, int start, int end) {
        int s = start;
        while (s > 0 && !Words.isSpace(text.charAt(s - 1))) {
            s--;
        }
        int e = end;
        while (e < text.length() && !Words.isSpace(text.charAt(e))) {
            e++;
        }
        return new Span(s, e);
    }

    static String excerpt(String text, Span span) {
        int s = Math.max(0, span.start() - 25);
        int e = Math.min(text.length(), Math.max(span.end(), span.start() + 1) + 25);
        String inner = text.substring(span.start(), span.end());
        if (inner.length() > 90) {
            inner = inner.substring(0, 60) + " … " + inner.substring(inner.length() - 25);
        }
        return ("…" + text.substring(s, span.start()) + "[" + inner + "]" + text.substring(span.end(), e) + "…")
                .replace("\n", "⏎").replace("\u00a0", "⍽").replace("\t", "⇥");
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    static String titleCase(String s) {
        StringBuilder out = new StringBuilder();
        for (String w : s.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out.toString();
    }
}
