package io.clientele.security;

import io.clientele.base.ClienteleProperties;
import io.clientele.base.ConfigurationProblem;
import io.clientele.base.Messages;
import io.clientele.tenant.Tenant;
import io.clientele.tenant.TenantService;
import java.security.SecureRandom;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On an empty database: a first tenant and a SYSTEM_ADMIN, from the environment or with a printed password. */
@Component
@Order(0)
class FirstStart implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_!";

    private final UserAccountService users;
    private final TenantService tenants;
    private final ClienteleProperties properties;

    FirstStart(UserAccountService users, TenantService tenants, ClienteleProperties properties) {
        this.users = users;
        this.tenants = tenants;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.exists()) {
            return;
        }
        Tenant tenant = tenants.createIfMissing(properties.admin().tenant(), "NO");
        String password = properties.admin().password();
        boolean generated = password == null || password.isBlank();
        if (generated) {
            password = generate();
        }
        try {
            String chosen = password;
            SystemAuthentication.platform(() -> users.create(
                    null, properties.admin().email(), "Platform", "Administrator", chosen, Role.SYSTEM_ADMIN, null));
        } catch (InvalidPasswordException e) {
            throw new ConfigurationProblem(
                    "CLIENTELE_ADMIN_PASSWORD", "is not accepted: " + Messages.text(Locale.ENGLISH, e.getMessage()));
        }
        if (generated) {
            log.warn("""

                    ================================================================
                     First start: created SYSTEM_ADMIN {} with password
                       {}
                     It is shown only this once. Change it under Profile.
                    ================================================================""", properties.admin().email(), password);
        } else {
            log.info(
                    "First start: created SYSTEM_ADMIN {} and tenant '{}'",
                    properties.admin().email(),
                    tenant.getName());
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
