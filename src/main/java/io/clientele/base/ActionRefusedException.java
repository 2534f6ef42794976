package io.clientele.base;

/**
 * The record's state does not allow the action (whatever the client sent); {@code messageKey} is an
 * i18n key, {@code args} fill its placeholders. Nothing was changed.
 */
public class ActionRefusedException extends RuntimeException {
    private final transient Object[] args;

    public ActionRefusedException(String messageKey, Object... args) {
        super(messageKey);
        this.args = args;
    }

    public Object[] args() {
        return args;
    }
}
