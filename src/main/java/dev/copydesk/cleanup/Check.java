package dev.copydesk.cleanup;

import java.util.ArrayList;
import java.util.List;

/**
 * One concern of the engine (ad inserts, spacing, rewordings ...): it finds problems and reports them under the
 * rules it declares, from its field initialisers, with {@link #safe}, {@link #hint} and {@link #query}.
 */
abstract sealed class Check permits StoryCheck, ParagraphCheck {

    private final List<Rule> rules = new ArrayList<>();

    /** The rules whose findings this check reports. */
    final List<Rule> rules() {
        return List.copyOf(rules);
    }

    final Rule declare(Rule rule) {
        rules.add(rule);
        return rule;
    }

    final Rule safe(String id, FindingType type) {
        return declare(new Rule(id, type, Rule.Nature.SAFE));
    }

    final Rule hint(String id, FindingType type) {
        return declare(new Rule(id, type, Rule.Nature.HINT));
    }

    /** A hint an editor must weigh: even "accept all suggestions" leaves it. */
    final Rule judgement(String id, FindingType type) {
        return declare(new Rule(id, type, Rule.Nature.JUDGEMENT));
    }

    final Rule query(String id, FindingType type) {
        return declare(new Rule(id, type, Rule.Nature.QUERY));
    }
}
