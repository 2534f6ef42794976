package io.clientele.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The browser sessions each login has open on this node, so staff can sign a customer out everywhere. */
@Component
class LoginSessions implements HttpSessionListener {
    private static final String OWNER = LoginSessions.class.getName() + ".user";
    private final Map<Long, Set<HttpSession>> byUser = new ConcurrentHashMap<>();

    void register(long userId, HttpSession session) {
        session.setAttribute(OWNER, userId);
        byUser.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /**
     * Ends the login's sessions on this node; answers how many were open. Inside a transaction they end once it
     * commits: a session's end runs its console's teardown, which must neither hold the transaction's row locks and
     * connection meanwhile nor end sessions for a change that is rolled back. Other nodes end theirs at the next
     * request (the session version).
     */
    int invalidateAll(long userId) {
        Set<HttpSession> open = byUser.remove(userId);
        if (open == null) {
            return 0;
        }
        List<HttpSession> valid = open.stream().filter(LoginSessions::valid).toList();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    valid.forEach(LoginSessions::invalidate);
                }
            });
        } else {
            valid.forEach(LoginSessions::invalidate);
        }
        return valid.size();
    }

    private static boolean valid(HttpSession s) {
        try {
            s.getCreationTime();
            return true;
        } catch (IllegalStateException alreadyGone) {
            return false;
        }
    }

    private static void invalidate(HttpSession s) {
        try {
            s.invalidate();
        } catch (IllegalStateException alreadyGone) {
            // Expired on its own meanwhile.
        }
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
