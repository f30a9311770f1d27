package dev.copydesk.story;

import java.util.Set;

import dev.copydesk.cleanup.Finding;
import dev.copydesk.cleanup.FindingType;

/**
 * The one rule for what blocks an approval: an ad, duplicate or boilerplate fix that autoclean would make.
 * Such a finding blocks until it is fixed, tagged, waived by the reviewer, or ignored by an editor with a
 * reason the reviewer sees.
 */
public final class ReviewGate {

    public static final Set<FindingType> BLOCKING_TYPES =
            Set.of(FindingType.AD_INSERT, FindingType.DUPLICATE, FindingType.BOILERPLATE);

    private ReviewGate() {
    }

    public static boolean blocks(Finding finding) {
        return finding.safe() && BLOCKING_TYPES.contains(finding.type());
    }
}
