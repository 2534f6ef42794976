package io.clientele.impersonation;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** Enters a support session the way the new tab's request does, for tests outside this package. */
public final class SupportSessions {
    private SupportSessions() {
    }

    public static void enter(SupportSwitch support, String token) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(new MockHttpSession());
        support.enter(token, request, new MockHttpServletResponse());
    }
}
