package io.clientele.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Locator;
import io.clientele.Mails;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A new operator's first day, on a jar without demo data and a real mail server: the platform operator creates a
 * tenant and invites its owner; the owner accepts, requires two-factor authentication, sets up an authenticator app
 * at the next sign-in and invites an admin, who must set one up too.
 */
class OnboardingIT extends BrowserTestBase {
    private static final String OPERATOR = "ops@onboarding.example";
    private static final String OPERATOR_PASSWORD = "Operator-first-day-2026";
    private static final Pattern LINK = Pattern.compile("(http://\\S+/accept-invitation\\?token=[A-Za-z0-9_-]+)");

    private GreenMail mail;
    /** The tenant's identity provider: a real OpenID Connect server in this JVM. */
    private final MockOAuth2Server provider = new MockOAuth2Server();

    @Override
    protected boolean demo() {
        return false;
    }

    @Override
    protected List<String> jarArguments() {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        provider.start(0);
        return List.of(
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + port,
                "--clientele.admin.email=" + OPERATOR,
                "--clientele.admin.password=" + OPERATOR_PASSWORD);
    }

    @AfterAll
    void stopMail() {
        if (mail != null) mail.stop();
        provider.shutdown();
    }

    private String invitationLink(String to) throws Exception {
        Matcher link = LINK.matcher((String) Mails.to(mail, to, 1).getFirst().getContent());
        assertThat(link.find()).as("the invitation mail holds its link").isTrue();
        return link.group(1);
    }

    private void accept(String link, String first, String last, String password) {
        page.navigate(link);
        page.locator("#invitation-first-name input").fill(first);
        page.locator("#invitation-last-name input").fill(last);
        page.locator("#new-password input").fill(password);
        page.locator("#repeat-password input").fill(password);
        page.locator("#accept-invitation").click();
        assertThat(page.locator("h2")).hasText("Welcome! You can now sign in.");
    }

    private void newBrowser() {
        newContext("en-GB", 1440, 900);
    }

    private static String code(String secret, Instant at) throws Exception {
        return new TimeBasedOneTimePasswordGenerator()
                .generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"), at);
    }

    @Test
    void theOperatorMakesATenantWhoseOwnerSecuresItAndInvitesAnAdmin() throws Exception {
        login(OPERATOR, OPERATOR_PASSWORD);
        page.waitForURL(url -> url.endsWith("/settings/tenants"));
        page.locator("#add-tenant").click();
        page.locator("#tenant-name input").fill("Fjellklinikken");
        page.locator("#tenant-color input").fill("#0f766e");
        page.locator("#tenant-owner input").fill("eier@fjellklinikken.example");
        page.locator("#save-tenant").click();
        assertThat(page.locator("#tenants")).containsText("Fjellklinikken");

        newBrowser();
        accept(invitationLink("eier@fjellklinikken.example"), "Eva", "Eier", "Blue-Harbour-Lantern-42");
        login("eier@fjellklinikken.example", "Blue-Harbour-Lantern-42");
        page.waitForURL(url -> url.endsWith("/customers"));
        assertThat(page.locator("#tenant-name")).hasText("Fjellklinikken");
        page.navigate(base + "/settings/staff");
        page.locator("#require-two-factor").click();
        assertThat(page.locator("vaadin-notification-card"))
                .containsText("Admins and owners now sign in with a second factor");

        newBrowser();
        login("eier@fjellklinikken.example", "Blue-Harbour-Lantern-42");
        page.waitForURL(url -> url.endsWith("/two-factor"));
        assertThat(page.locator("#two-factor-qr")).isVisible();
        page.navigate(base + "/customers");
        page.waitForURL(url -> url.endsWith("/two-factor"));
        String secret = page.locator("#two-factor-secret").textContent().replace(" ", "");
        page.locator("#two-factor-code input").fill(code(secret, Instant.now()));
        page.locator("#two-factor-turn-on").click();
        assertThat(page.locator("#recovery-codes li")).hasCount(10);
        page.locator("#two-factor-codes-saved").click();
        page.waitForURL(url -> url.endsWith("/customers"));

        page.navigate(base + "/settings/staff");
        assertThat(page.locator("#staff")).containsText("On");
        page.locator("#invite-staff").click();
        page.locator("#invitation-email input").fill("admin@fjellklinikken.example");
        page.locator("#invitation-role").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("Admin"))
                .first()
                .click();
        page.locator("#send-invitation").click();
        assertThat(page.locator("#staff")).containsText("admin@fjellklinikken.example");
        assertThat(page.locator("#staff")).containsText("Invited");

        newBrowser();
        accept(invitationLink("admin@fjellklinikken.example"), "Anders", "Admin", "Green-Meadow-Compass-17");
        login("admin@fjellklinikken.example", "Green-Meadow-Compass-17");
        page.waitForURL(url -> url.endsWith("/two-factor"));
        assertThat(page.locator("vaadin-vertical-layout"))
                .containsText("Your workspace requires a second factor for your role");

        newBrowser();
        login("eier@fjellklinikken.example", "Blue-Harbour-Lantern-42");
        page.waitForURL(url -> url.endsWith("/two-factor"));
        page.locator("#two-factor-code input").fill("000000");
        page.locator("#two-factor-verify").click();
        assertThat(page.locator("#two-factor-code")).hasAttribute("invalid", "");
        // The enrolment's code is spent: the app's next one (a step ahead is within the accepted window).
        page.locator("#two-factor-code input").fill(code(secret, Instant.now().plusSeconds(30)));
        page.locator("#two-factor-verify").click();
        page.waitForURL(url -> url.endsWith("/customers"));

        // Single sign-on: the owner connects the tenant's provider; its staff sign in with it.
        page.navigate(base + "/settings/single-sign-on");
        page.locator("#sso-enabled input").check();
        page.locator("#sso-provider-name input").fill("Fjellklinikken ID");
        page.locator("#sso-issuer input").fill(provider.issuerUrl("default").toString());
        page.locator("#sso-client-id input").fill("clientele");
        page.locator("#sso-client-secret input").fill("client-secret-1");
        page.locator("#sso-role-claim input").fill("roles");
        page.locator("#sso-role-mapping textarea").fill("clientele-support = SUPPORT\nclientele-admins = ADMIN");
        page.locator("#save-sso").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("Single sign-on saved");
        String loginLink = page.locator("#sso-login-link").textContent().strip();

        ssoSignIn(
                loginLink,
                Map.of(
                        "email",
                        "sigrid@fjellklinikken.example",
                        "given_name",
                        "Sigrid",
                        "family_name",
                        "Støtte",
                        "roles",
                        List.of("clientele-support")),
                3600);
        page.waitForURL(url -> url.endsWith("/customers"));
        assertThat(page.locator("#user-menu")).containsText("Sigrid Støtte");
        assertThat(page.locator("#nav")).not().containsText("Staff");

        ssoSignIn(loginLink, Map.of("email", "outsider@fjellklinikken.example", "roles", List.of("guests")), 3600);
        assertThat(page.locator("vaadin-login-form")).containsText("gave you no role that has access to Clientele");

        ssoSignIn(
                loginLink,
                Map.of("email", "sigrid@fjellklinikken.example", "roles", List.of("clientele-support")),
                -3600);
        assertThat(page.locator("vaadin-login-form")).containsText("was not accepted");

        // An ID token another issuer signed its name to is refused, though the provider handed it over.
        ssoSignIn(
                loginLink,
                Map.of(
                        "email", "sigrid@fjellklinikken.example",
                        "roles", List.of("clientele-support"),
                        "iss", "http://evil.example/default"),
                3600);
        assertThat(page.locator("vaadin-login-form")).containsText("was not accepted");
    }

    /** A fresh browser signs in from the tenant's login link with the provider, which answers with these claims. */
    private void ssoSignIn(String loginLink, Map<String, Object> claims, long expirySeconds) {
        newBrowser();
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(
                "default", (String) claims.get("email"), "JWT", List.of("clientele"), claims, expirySeconds));
        page.navigate(loginLink);
        page.locator("#sso-login").click();
        page.waitForURL(url -> url.startsWith(base) && !url.contains("/oauth2/"));
        waitForServer();
    }
}
