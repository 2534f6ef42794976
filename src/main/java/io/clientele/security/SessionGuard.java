package io.clientele.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A check on each request of a signed-in browser, run inside the console's security chain after the session's login
 * is loaded and before authorization, so a session that must end (or change hands) is settled before any page or
 * Vaadin request is judged by its roles.
 */
public interface SessionGuard {
    /** False when the guard answered the request itself (a redirect); the chain then stops. */
    boolean check(HttpServletRequest request, HttpServletResponse response) throws IOException;
}
