package dev.copydesk.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.copydesk.cleanup.Finding;
import dev.copydesk.story.Tag;

/**
 * The review gate of one revision. A finding that {@linkplain Finding#blocksApproval() blocks approval} blocks until
 * it is fixed, tagged (tagged text is left out of the export; the review screen lists tag changes instead), waived
 * by the reviewer, or ignored by an editor with a reason the reviewer sees.
 */
final class ReviewGate {

    private ReviewGate() {
    }

    static BlockingFindings of(List<Finding> findings, String body, List<Tag> tags, List<IgnoredFindingView> decisions) {
        SettledFindings settled = SettledFindings.of(decisions, tags);
        Map<String, IgnoredFindingView> byHash = decisions.stream()
                .collect(Collectors.toMap(IgnoredFindingView::fingerprint, Function.identity(), (a, b) -> a));
        List<Finding> open = new ArrayList<>();
        List<BlockingFindings.Ignored> ignored = new ArrayList<>();
        for (Finding f : findings) {
            if (!f.blocksApproval() || settled.isTagged(f, body)) {
                continue;
            }
            if (settled.isIgnored(f, body)) {
                ignored.add(new BlockingFindings.Ignored(f, byHash.get(IgnoreService.hash(f.fingerprint(body)))));
            } else {
                open.add(f);
            }
        }
        return new BlockingFindings(List.copyOf(open), List.copyOf(ignored));
    }
}
