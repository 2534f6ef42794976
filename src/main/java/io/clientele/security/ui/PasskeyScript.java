package io.clientele.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.VaadinServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Runs the browser's part of a passkey ceremony (scripts/passkeys.js) against Spring Security's WebAuthn endpoints,
 * with this session's CSRF token, and reports success or failure back on the server.
 */
final class PasskeyScript {
    private static final Logger log = LoggerFactory.getLogger(PasskeyScript.class);

    private PasskeyScript() {}

    /** Loads the script on the page; before any ceremony. */
    static void load(UI ui) {
        ui.getPage().addJavaScript("context://scripts/passkeys.js");
    }

    /** {@code call} is "register" (with a label) or "signIn". */
    static void run(Component on, String call, String label, Runnable done, SerializableConsumer<String> failed) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        on.getElement()
                .executeJs(
                        "return window.clientelePasskeys." + call + "($0, {header: $1, token: $2}, $3)",
                        request.getContextPath(),
                        csrf.getHeaderName(),
                        csrf.getToken(),
                        label)
                .then(ok -> done.run(), error -> {
                    // The browser's reason (cancelled, timed out, refused by the server) is for the operator's log.
                    log.warn("Passkey {} did not complete: {}", call, error);
                    failed.accept(error);
                });
    }
}
