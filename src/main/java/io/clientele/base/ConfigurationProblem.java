package io.clientele.base;

/**
 * A setting the operator gave that cannot work. Start-up stops with one readable description of the setting and
 * why, not a stack trace ({@link ConfigurationProblemAnalyzer}).
 */
public class ConfigurationProblem extends RuntimeException {
    private final String setting;

    public ConfigurationProblem(String setting, String why) {
        super(setting + " " + why);
        this.setting = setting;
    }

    public String setting() {
        return setting;
    }
}
