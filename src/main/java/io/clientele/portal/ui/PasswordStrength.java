package io.clientele.portal.ui;

import io.clientele.security.PasswordPolicy;

/**
 * A 0–4 strength hint while typing: 0 until the policy accepts the password, then one point each for 16+
 * characters, mixed case, digits and symbols (capped at 4). The policy, not this hint, decides what is allowed.
 */
final class PasswordStrength {
    private PasswordStrength() {}

    static int score(String password, String email) {
        if (password == null || PasswordPolicy.violation(password, email).isPresent()) {
            return 0;
        }
        int score = 1;
        if (password.length() >= 16) score++;
        if (!password.equals(password.toLowerCase()) && !password.equals(password.toUpperCase())) score++;
        if (password.chars().anyMatch(Character::isDigit)) score++;
        if (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c))) score++;
        return Math.min(score, 4);
    }
}
