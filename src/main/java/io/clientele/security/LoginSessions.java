package io.clientele.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The browser sessions each login has open on this node, so staff can sign a customer out everywhere. */
@Component
class LoginSessions implements HttpSessionListener {
    private static final String OWNER = LoginSessions.class.getName() + ".user";
    private final Map<Long, Set<HttpSession>> byUser = new ConcurrentHashMap<>();

    void register(long userId, HttpSession session) {
        session.setAttribute(OWNER, userId);
        byUser.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    int invalidateAll(long userId) {
        Set<HttpSession> open = byUser.remove(userId);
        if (open == null) {
            return 0;
        }
        int ended = 0;
        for (HttpSession s : open) {
            try {
                s.invalidate();
                ended++;
            } catch (IllegalStateException alreadyGone) {
                // Expired on its own meanwhile.
            }
        }
        return ended;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        if (event.getSession().getAttribute(OWNER) instanceof Long userId) {
            Set<HttpSession> open = byUser.get(userId);
            if (open != null) {
                open.remove(event.getSession());
            }
        }
    }
}
