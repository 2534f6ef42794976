package io.clientele.security;

/** A password that breaks the policy; {@link #getMessage()} is an i18n key. */
public class InvalidPasswordException extends RuntimeException {
    public InvalidPasswordException(String messageKey) {
        super(messageKey);
    }
}
