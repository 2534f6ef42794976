package io.clientele.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** At least 12 characters, not the e-mail address, not one of the 100 most common passwords. */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    /** An i18n key describing the first violated rule, or empty when the password is acceptable. */
    public static Optional<String> violation(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.too-short");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (email != null && !email.isBlank()) {
            String mail = email.trim().toLowerCase(Locale.ROOT);
            String local = mail.contains("@") ? mail.substring(0, mail.indexOf('@')) : mail;
            if (lower.equals(mail) || lower.contains(mail) || (local.length() >= 4 && lower.contains(local))) {
                return Optional.of("password.contains-email");
            }
        }
        if (COMMON.contains(lower)) {
            return Optional.of("password.too-common");
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .map(s -> s.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("common-passwords.txt missing", e);
        }
    }
}
