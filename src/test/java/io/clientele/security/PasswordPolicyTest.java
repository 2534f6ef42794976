package io.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "short-pass,password.too-short",
        "'',password.too-short",
        "passwordpassword,password.too-common",
        "123456789012,password.too-common",
        "ingrid.hansen@example.no,password.contains-email",
        "my-INGRID.HANSEN-2026,password.contains-email"
    })
    void refusesShortCommonAndEmailPasswords(String password, String violation) {
        assertThat(PasswordPolicy.violation(password, "ingrid.hansen@example.no"))
                .contains(violation);
    }

    @Test
    void acceptsALongUncommonPassword() {
        assertThat(PasswordPolicy.violation("Correct-horse-battery-9", "ingrid.hansen@example.no"))
                .isEmpty();
        assertThat(PasswordPolicy.violation("x".repeat(PasswordPolicy.MIN_LENGTH - 1) + "y", "a@b.no"))
                .isEmpty();
    }

    @Test
    void rolesRankAlongTheStaffChainOnly() {
        assertThat(Role.OWNER.outranks(Role.SUPPORT)).isTrue();
        assertThat(Role.SUPPORT.outranks(Role.SUPPORT)).isFalse();
        assertThat(Role.SUPPORT.outranks(Role.OWNER)).isFalse();
        assertThat(Role.CUSTOMER_ADMIN.outranks(Role.VIEWER)).isFalse();
        assertThat(Role.SYSTEM_ADMIN.outranks(Role.GUEST)).isFalse();
    }
}
