package dev.copydesk.cleanup;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A missing space after a full stop, comma, colon, semicolon or quotation mark ("said.The", "said:The"), except inside
 * web and email addresses.
 */
final class MissingSpaces extends ParagraphCheck {

    private static final List<Pattern> GLUED = List.of(
            // "said.The", "her.I believe", "October.A study": a one-letter word opens sentences too
            Pattern.compile("(?<=\\p{Ll}{2}|\\p{Ll}[\u201D\"\u2019)])([.!?][\u201D\"\u2019)]?)(?=\\p{Lu}\\p{Ll}|[AI][\\s\u2019'])"),
            // after an abbreviation in capitals or a figure ("the US.It is", "£250.I'll", "$630m.Sales"), before a word
            // (not "section 12.I" or "II.A": numbering), not inside an abbreviation or a name with dots ("U.S.Army",
            // "ASP.NET", "System.IO.File", "BBC.Co.uk") or a decimal: the token holds no other full stop
            Pattern.compile("(?<=(?:^|[\\s(\u201C\"])[\\p{Lu}\\p{N}$\u00A3\u20AC&]{0,12}(?:\\p{Lu}{2}|\\p{N}\\p{Ll}?))"
                    + "([.!?][\u201D\"\u2019)]?)(?=(?:\\p{Lu}\\p{Ll}+|I[\u2019']\\p{Ll}+)(?=[\\s,;:\u2019'\u201D\"]|$))"),
            Pattern.compile("(?<=\\p{Ll}{2}),(?=\\p{L}{2}|[aI]\\s)"),
            Pattern.compile("(?<=\\p{Ll}[.,!?]?)\u201D(?=\\p{L})"),
            Pattern.compile("(?<=\\p{Ll})[.!?](?=\u201C\\p{Lu})"),
            // "said:The", "rose;prices": a colon or semicolon between words (not 10:30, not http:)
            Pattern.compile("(?<=\\p{Ll}{2})[:;](?=[\u201C\"]?\\p{L}{2})"));

    private final Rule rule = safe("missing-space", FindingType.SPACING);
    private final Pattern webAddress;

    MissingSpaces(WordLists lists) {
        webAddress = Pattern.compile(".*\\.(" + WordLists.alternation(lists.list("web-suffixes")) + ")\\b.*");
    }

    @Override
    void check(String b, List<Finding> out) {
        for (Pattern p : GLUED) {
            Matcher m = p.matcher(b);
            while (m.find()) {
                if (!insideUrlOrEmail(b, m.start())) {
                    out.add(rule.finding(m.start(), m.end(), "Missing space after punctuation.", m.group() + " ", 0.95));
                }
            }
        }
    }

    private boolean insideUrlOrEmail(String b, int pos) {
        int s = pos;
        while (s > 0 && !Character.isWhitespace(b.charAt(s - 1))) {
            s--;
        }
        int e = pos;
        while (e < b.length() && !Character.isWhitespace(b.charAt(e))) {
            e++;
        }
        String token = b.substring(s, e).toLowerCase(Locale.ROOT);
        return token.contains("@") || token.contains("www") || token.contains("://") || webAddress.matcher(token).matches();
    }
}
