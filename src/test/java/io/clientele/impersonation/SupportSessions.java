package io.clientele.impersonation;

/** Enters a support session in the current Vaadin browser session, as the new tab's request does. */
public final class SupportSessions {
    private SupportSessions() {}

    public static void enter(SupportSwitch support, String token) {
        support.enter(
                token,
                com.vaadin.flow.server.VaadinServletRequest.getCurrent()
                        .getHttpServletRequest()
                        .getSession());
    }
}
