package dev.copydesk.story;

import dev.copydesk.IntegrationTest;
import org.junit.jupiter.api.Tag;

/** {@link DeskScaleBenchmark} on the embedded H2 file database. {@code ./mvnw -Pbench test -Dtest=DeskScaleH2Benchmark}. */
@Tag("bench")
@IntegrationTest
class DeskScaleH2Benchmark extends DeskScaleBenchmark {

    @Override
    String database() {
        return "H2";
    }
}
