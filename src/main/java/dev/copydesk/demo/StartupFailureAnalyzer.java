package dev.copydesk.demo;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a start without a usable admin as what to do about it; registered in META-INF/spring.factories. */
class StartupFailureAnalyzer extends AbstractFailureAnalyzer<FirstAdminException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FirstAdminException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
