package io.clientele.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import org.junit.jupiter.api.Test;

/**
 * Passkeys in Chromium with a virtual authenticator (the DevTools WebAuthn domain: a platform authenticator that
 * verifies the user): a staff member and a portal customer each add one, then sign in with it alone.
 */
class PasskeysIT extends BrowserTestBase {
    @Override
    protected String host() {
        return "localhost";
    }

    /** The device: a fingerprint reader that always says yes. */
    private void virtualAuthenticator() {
        CDPSession devtools = context.newCDPSession(page);
        devtools.send("WebAuthn.enable");
        JsonObject options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        JsonObject args = new JsonObject();
        args.add("options", options);
        devtools.send("WebAuthn.addVirtualAuthenticator", args);
    }

    private void addPasskeyThenSignInWithIt(String email, String home) {
        newContext("en-GB", 1280, 800);
        virtualAuthenticator();
        login(email, PASSWORD);
        page.waitForURL(url -> url.endsWith(home));
        page.navigate(base + "/passkeys");
        assertThat(page.locator("#passkeys")).containsText("No passkeys yet.");
        page.locator("#passkey-label input").fill("Work laptop");
        page.locator("#add-passkey").click();
        assertThat(page.locator("#passkeys")).containsText("Work laptop");
        assertThat(page.locator("#passkeys")).not().containsText("No passkeys yet.");

        // Signed out (the session cookie is gone); the same device stays at hand.
        context.clearCookies();
        page.navigate(base + "/login");
        page.locator("#passkey-login").click();
        page.waitForURL(url -> url.endsWith(home));
        waitForServer();
        page.navigate(base + "/passkeys");
        assertThat(page.locator("#passkeys")).containsText("last used");
        assertThat(page.locator("#passkeys")).not().containsText("last used Never");
    }

    @Test
    void aStaffMemberAddsAPasskeyAndSignsInWithItInsteadOfPasswordAndCode() {
        addPasskeyThenSignInWithIt("support@nordlys.demo", "/customers");
        assertThat(page.locator("h2")).hasText("Passkeys");
        page.navigate(base + "/customers");
        assertThat(page.locator("#user-menu")).containsText("Sunniva Support");
    }

    @Test
    void aPortalCustomerAddsAPasskeyAndSignsInWithIt() {
        addPasskeyThenSignInWithIt("guro.gjest@nordlys.demo", "/portal");
    }
}
