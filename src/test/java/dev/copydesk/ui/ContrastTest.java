package dev.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every text colour the house stylesheet sets is readable in both palettes: a contrast ratio of at least 4.5:1
 * (WCAG AA for body text) against the background it is drawn on. Lumo's own variables are read from the Lumo
 * stylesheet on the classpath (its light values, and the ones its dark theme sets), ours from
 * {@code frontend/styles.css}; colours with transparency are laid over the background as a browser would.
 */
class ContrastTest {

    private static final double AA = 4.5;
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
    private static final Pattern DECLARATION = Pattern.compile("(?:^|;)\\s*([-\\w]+)\\s*:\\s*([^;]+)");

    record Rgba(double r, double g, double b, double a) {
        Rgba over(Rgba below) {
            double a2 = a + below.a * (1 - a);
            return new Rgba((r * a + below.r * below.a * (1 - a)) / a2, (g * a + below.g * below.a * (1 - a)) / a2,
                    (b * a + below.b * below.a * (1 - a)) / a2, a2);
        }

        double luminance() {
            return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
        }

        private static double channel(double c) {
            double s = c / 255;
            return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }

        double contrastWith(Rgba other) {
            double l1 = Math.max(luminance(), other.luminance());
            double l2 = Math.min(luminance(), other.luminance());
            return (l1 + 0.05) / (l2 + 0.05);
        }
    }

    @Test
    void every_text_colour_the_stylesheet_sets_has_a_contrast_of_at_least_4_5_in_light_and_dark() throws IOException {
        String lumo = lumoCss();
        String ours = Files.readString(Path.of("frontend/styles.css")).replaceAll("(?s)/\\*.*?\\*/", "");
        Map<String, String> light = new HashMap<>();
        Map<String, String> dark = new HashMap<>();
        for (Matcher m = RULE.matcher(lumo); m.find(); ) {
            String selector = m.group(1).strip();
            if (selector.endsWith(":where(:root)") && !selector.contains("@media")) {
                declarations(m.group(2)).forEach((k, v) -> {
                    light.put(k, pick(v, 0));
                    dark.put(k, pick(v, 1));
                });
            }
        }
        for (Matcher m = RULE.matcher(lumo); m.find(); ) {
            if (m.group(1).strip().endsWith("[theme~=dark]") && m.group(2).contains("color-scheme:dark")) {
                dark.putAll(declarations(m.group(2)));
            }
        }
        assertThat(light).containsKeys("--lumo-base-color", "--lumo-body-text-color");
        assertThat(dark.get("--lumo-base-color")).isEqualTo("#233348");
        for (Matcher m = RULE.matcher(ours); m.find(); ) {
            String selector = m.group(1).strip();
            if (selector.equals("html")) {
                light.putAll(declarations(m.group(2)));
                dark.putAll(declarations(m.group(2)));
            } else if (selector.equals("html[theme~=\"dark\"]")) {
                dark.putAll(declarations(m.group(2)));
            }
        }

        List<String> checked = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Matcher m = RULE.matcher(ours); m.find(); ) {
            Map<String, String> decl = declarations(m.group(2));
            String text = decl.get("color");
            if (text == null) {
                continue;
            }
            String background = decl.getOrDefault("background-color", decl.get("background"));
            for (var palette : List.of(Map.entry("light", light), Map.entry("dark", dark))) {
                Map<String, String> vars = palette.getValue();
                Rgba base = parse(vars.get("--lumo-base-color"), vars);
                Rgba behind = background == null ? base : parse(background, vars).over(base);
                double ratio = parse(text, vars).over(behind).contrastWith(behind);
                String line = m.group(1).strip() + " (" + palette.getKey() + "): " + String.format("%.2f", ratio);
                checked.add(line);
                if (ratio < AA) {
                    unreadable.add(line);
                }
            }
        }
        // Text drawn inside a paragraph sits on that paragraph's background when it is held or selected.
        Map<String, Map<String, String>> rules = new HashMap<>();
        for (Matcher m = RULE.matcher(ours); m.find(); ) {
            rules.merge(m.group(1).strip(), declarations(m.group(2)), (x, y) -> {
                Map<String, String> both = new HashMap<>(x);
                both.putAll(y);
                return both;
            });
        }
        for (String inner : List.of(".copydesk-para-comment", ".copydesk-paragraph.tagged, .tagged-text",
                ".copydesk-tag-label", ".copydesk-hold-label")) {
            for (String outer : List.of(".copydesk-paragraph.held", ".copydesk-paragraph.selected-paragraph")) {
                assertThat(rules).containsKeys(inner, outer);
                for (var palette : List.of(Map.entry("light", light), Map.entry("dark", dark))) {
                    Map<String, String> vars = palette.getValue();
                    Rgba base = parse(vars.get("--lumo-base-color"), vars);
                    Rgba behind = parse(rules.get(outer).get("background"), vars).over(base);
                    String own = rules.get(inner).getOrDefault("background", null);
                    if (own != null) {
                        behind = parse(own, vars).over(behind);
                    }
                    String colour = rules.get(inner).getOrDefault("color", "var(--lumo-body-text-color)");
                    double ratio = parse(colour, vars).over(behind).contrastWith(behind);
                    String line = inner + " on " + outer + " (" + palette.getKey() + "): " + String.format("%.2f", ratio);
                    checked.add(line);
                    if (ratio < AA) {
                        unreadable.add(line);
                    }
                }
            }
        }
        assertThat(checked).as("rules with a text colour").hasSizeGreaterThan(10);
        assertThat(unreadable).as("text colours under 4.5:1").isEmpty();
    }

    @Test
    void the_contrast_sum_is_right_on_known_pairs() {
        Rgba white = parse("#fff", Map.of());
        Rgba black = parse("#000", Map.of());
        assertThat(black.contrastWith(white)).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        // Lumo's own dark primary text on its dark base, and a colour the old stylesheet forced on both palettes.
        Rgba darkBase = parse("#233348", Map.of());
        assertThat(parse("hsl(214, 70%, 38%)", Map.of()).contrastWith(darkBase)).isLessThan(AA);
        assertThat(parse("hsl(214, 90%, 78%)", Map.of()).contrastWith(darkBase)).isGreaterThan(AA);
        assertThat(parse("rgba(0,0,0,.5)", Map.of()).over(white).contrastWith(white)).isBetween(3.9, 4.0);
    }

    private static String lumoCss() throws IOException {
        try (InputStream in = ContrastTest.class.getResourceAsStream("/META-INF/resources/lumo/lumo.css")) {
            assertThat(in).as("Lumo's stylesheet on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> declarations(String body) {
        Map<String, String> out = new HashMap<>();
        for (Matcher d = DECLARATION.matcher(body); d.find(); ) {
            out.put(d.group(1).strip(), d.group(2).strip());
        }
        return out;
    }

    /** The first (light) or second (dark) colour of a {@code light-dark(a, b)} value; any other value as it is. */
    private static String pick(String value, int which) {
        if (!value.startsWith("light-dark(")) {
            return value;
        }
        return arguments(value.substring("light-dark(".length(), value.length() - 1)).get(which);
    }

    /** A colour value: #hex, rgb(a), hsl(a), var(--x, fallback), light-dark(light, dark) (light taken). */
    static Rgba parse(String value, Map<String, String> vars) {
        String v = value.strip();
        if (v.startsWith("var(")) {
            List<String> args = arguments(v.substring(4, v.length() - 1));
            String resolved = vars.get(args.get(0).strip());
            if (resolved == null && args.size() > 1) {
                resolved = String.join(",", args.subList(1, args.size()));
            }
            if (resolved == null) {
                throw new IllegalArgumentException("Unknown variable " + args.get(0));
            }
            return parse(resolved, vars);
        }
        if (v.startsWith("light-dark(")) {
            return parse(pick(v, 0), vars);
        }
        if (v.startsWith("#")) {
            String hex = v.substring(1);
            if (hex.length() == 3) {
                hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
            }
            return new Rgba(Integer.parseInt(hex.substring(0, 2), 16), Integer.parseInt(hex.substring(2, 4), 16),
                    Integer.parseInt(hex.substring(4, 6), 16), 1);
        }
        int open = v.indexOf('(');
        String fn = v.substring(0, open);
        List<String> args = arguments(v.substring(open + 1, v.lastIndexOf(')')));
        double alpha = args.size() > 3 ? Double.parseDouble(args.get(3).strip()) : 1;
        if (fn.startsWith("rgb")) {
            return new Rgba(Double.parseDouble(args.get(0).strip()), Double.parseDouble(args.get(1).strip()),
                    Double.parseDouble(args.get(2).strip()), alpha);
        }
        if (fn.startsWith("hsl")) {
            double h = Double.parseDouble(args.get(0).strip()) / 360;
            double s = Double.parseDouble(args.get(1).strip().replace("%", "")) / 100;
            double l = Double.parseDouble(args.get(2).strip().replace("%", "")) / 100;
            double q = l < 0.5 ? l * (1 + s) : l + s - l * s;
            double p = 2 * l - q;
            return new Rgba(255 * hue(p, q, h + 1.0 / 3), 255 * hue(p, q, h), 255 * hue(p, q, h - 1.0 / 3), alpha);
        }
        throw new IllegalArgumentException("Not a colour this test reads: " + value);
    }

    private static double hue(double p, double q, double t) {
        t = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
        if (t < 1.0 / 6) {
            return p + (q - p) * 6 * t;
        }
        if (t < 0.5) {
            return q;
        }
        return t < 2.0 / 3 ? p + (q - p) * (2.0 / 3 - t) * 6 : p;
    }

    /** Splits a function's arguments at top-level commas. */
    private static List<String> arguments(String inside) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(inside.substring(from, i));
                from = i + 1;
            }
        }
        out.add(inside.substring(from));
        return out;
    }
}
