package dev.copydesk.ingest.source;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the scheduler that runs {@link IngestPoller#tick}. */
@Configuration
@EnableScheduling
class IngestScheduling {
}
