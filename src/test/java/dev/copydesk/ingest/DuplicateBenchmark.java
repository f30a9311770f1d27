package dev.copydesk.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.copydesk.cleanup.corpus.Corpora;
import dev.copydesk.cleanup.corpus.OneStopEnglish;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, point 6: MinHash near-duplicates on OneStopEnglish, where each story exists three times (advanced,
 * intermediate, elementary: the same event rewritten). Same story at two levels should match; two different stories
 * should not. {@code ./mvnw -Pbench test -Dtest=DuplicateBenchmark}.
 */
@Tag("bench")
class DuplicateBenchmark {

    @Test
    void measure() {
        Optional<Path> root = Corpora.root();
        Assumptions.assumeTrue(root.isPresent());
        List<OneStopEnglish.Story> adv = OneStopEnglish.stories(root.get(), OneStopEnglish.Level.values()[0]);
        List<OneStopEnglish.Story> inter = OneStopEnglish.stories(root.get(), OneStopEnglish.Level.values()[1]);
        List<OneStopEnglish.Story> ele = OneStopEnglish.stories(root.get(), OneStopEnglish.Level.values()[2]);
        System.out.printf(Locale.ROOT, "BENCH levels %s %s %s: %d %d %d stories%n", OneStopEnglish.Level.values()[0],
                OneStopEnglish.Level.values()[1], OneStopEnglish.Level.values()[2], adv.size(), inter.size(), ele.size());
        long t0 = System.nanoTime();
        var sa = adv.stream().map(s -> NearDuplicates.of(s.body())).toList();
        var si = inter.stream().map(s -> NearDuplicates.of(s.body())).toList();
        var se = ele.stream().map(s -> NearDuplicates.of(s.body())).toList();
        double ms = (System.nanoTime() - t0) / 1e6 / (adv.size() + inter.size() + ele.size());
        for (double threshold : new double[] {0.3, 0.4, 0.5, 0.6}) {
            int advInt = 0, advEle = 0, same = 0, candAdvInt = 0;
            int falsePairs = 0, pairs = 0;
            for (int i = 0; i < sa.size(); i++) {
                if (sa.get(i) == null) {
                    continue;
                }
                double ai = sa.get(i).similarity(si.get(i));
                if (ai >= threshold) {
                    advInt++;
                }
                if (!java.util.Collections.disjoint(sa.get(i).bands(), si.get(i).bands()) && ai >= threshold) {
                    candAdvInt++;
                }
                if (sa.get(i).similarity(se.get(i)) >= threshold) {
                    advEle++;
                }
                if (sa.get(i).similarity(NearDuplicates.of(adv.get(i).body())) >= threshold) {
                    same++;
                }
                for (int j = 0; j < sa.size(); j++) {
                    if (j != i && sa.get(j) != null) {
                        pairs++;
                        if (sa.get(i).similarity(sa.get(j)) >= threshold || sa.get(i).similarity(si.get(j)) >= threshold) {
                            falsePairs++;
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "BENCH threshold %.1f: same text %d/%d, adv~int %d (found by a shared band %d), "
                    + "adv~ele %d, different stories matched %d of %d pairs%n", threshold, same, sa.size(), advInt,
                    candAdvInt, advEle, falsePairs, pairs * 2);
        }
        System.out.printf(Locale.ROOT, "BENCH signature: %.2f ms a story%n", ms);
    }
}
