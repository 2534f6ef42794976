package io.clientele.impersonation.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinServletRequest;
import io.clientele.impersonation.SupportSession;
import io.clientele.impersonation.SupportSwitch;
import io.clientele.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;

/**
 * "Viewing as … — support session by …, ends in mm:ss — End" on every portal page. The countdown runs in the
 * browser; at zero it asks the server to end the session, which the server only does once the time is really up.
 */
public class SupportBanner extends Div {
    private final SupportSwitch support;

    public SupportBanner(SupportSwitch support, String customer, CurrentUser.Support session) {
        this.support = support;
        addClassName("support-banner");
        setId("support-banner");
        Span text = new Span(getTranslation("support.banner", customer, session.staffName()));
        Span left = new Span();
        left.setId("support-countdown");
        Span mode =
                new Span(getTranslation(session.readOnly() ? "support.mode.READ_ONLY" : "support.mode.FULL_ACCESS"));
        mode.addClassName("support-mode");
        Button end = new Button(getTranslation("support.end"), e -> leave(SupportSession.EndReason.ENDED));
        end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        end.setId("support-end");
        add(text, left, mode, end);
        long seconds =
                Math.max(0, Duration.between(Instant.now(), session.expiresAt()).toSeconds());
        left.setText(format(seconds));
        // Counts against the browser's own clock from the seconds left now, so clock skew does not matter.
        getElement()
                .executeJs(
                        "const el = $1, host = $0, end = Date.now() + $2 * 1000;"
                                + "const tick = () => { const s = Math.max(0, Math.round((end - Date.now()) / 1000));"
                                + " el.textContent = String(Math.floor(s / 60)).padStart(2, '0') + ':' + String(s % 60).padStart(2, '0');"
                                + " if (s === 0) { clearInterval(host.__countdown); host.$server.timeUp(); } };"
                                + "clearInterval(host.__countdown); host.__countdown = setInterval(tick, 1000);",
                        getElement(), left.getElement(), seconds);
    }

    static String format(long seconds) {
        return String.format("%02d:%02d", seconds / 60, seconds % 60);
    }

    @ClientCallable
    void timeUp() {
        if (SupportSwitch.current()
                .filter(s -> Instant.now().plusSeconds(5).isAfter(s.expiresAt()))
                .isPresent()) {
            leave(SupportSession.EndReason.EXPIRED);
        }
    }

    /** Back to the staff member's own console identity, at the app user whose portal this was. */
    private void leave(SupportSession.EndReason why) {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        support.leave(why, request.getSession())
                .ifPresent(customerId -> getUI().ifPresent(ui ->
                        ui.getPage().setLocation(request.getContextPath() + "/app-users?user=" + customerId)));
    }
}
