package io.clientele.base;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link ConfigurationProblem} into Spring Boot's start-up failure report (registered in spring.factories). */
class ConfigurationProblemAnalyzer extends AbstractFailureAnalyzer<ConfigurationProblem> {
    @Override
    protected FailureAnalysis analyze(Throwable root, ConfigurationProblem cause) {
        return new FailureAnalysis(cause.getMessage(), "Change " + cause.setting() + " and start again.", null);
    }
}
