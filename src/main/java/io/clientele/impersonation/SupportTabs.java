package io.clientele.impersonation;

import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Which requests of a browser session act as the supported customer. The session stays the staff member's (their
 * console tabs keep working); only the portal pages and the Vaadin UIs created on them run as the customer. Vaadin's
 * own requests name their UI ({@code v-uiId}, or the UI id in a download's path), so a portal tab and a console tab
 * of one session are told apart on every request.
 */
@Component
public class SupportTabs implements SecurityContextRepository {
    private static final String ATTRIBUTE = SupportTabs.class.getName();
    private static final Pattern DOWNLOAD = Pattern.compile("^/VAADIN/dynamic/resource/(\\d+)/");

    private final SecurityContextRepository sessions = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

    /** The running support session of one browser session and the UIs that act in it. */
    static final class Tab implements Serializable {
        private final SupportAuthentication authentication;
        private final Set<Integer> uiIds = ConcurrentHashMap.newKeySet();

        Tab(SupportAuthentication authentication) {
            this.authentication = authentication;
        }

        SupportAuthentication authentication() {
            return authentication;
        }

        SecurityContext context() {
            return new SecurityContextImpl(authentication);
        }

        void adopt(int uiId) {
            uiIds.add(uiId);
        }

        boolean serves(int uiId) {
            return uiIds.contains(uiId);
        }

        boolean serves(HttpServletRequest request) {
            // Inside Vaadin the request is forwarded to its servlet; the address the browser asked for is kept aside.
            Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
            String uri = forwarded instanceof String f ? f : request.getRequestURI();
            String path =
                    uri == null ? "" : uri.substring(request.getContextPath().length());
            String uiId = request.getParameter("v-uiId");
            if (uiId != null) {
                return serves(parse(uiId));
            }
            Matcher download = DOWNLOAD.matcher(path);
            if (download.find()) {
                return serves(parse(download.group(1)));
            }
            // A page load of the portal, or Vaadin's first request for it when the page is loaded before its UI.
            String location = "init".equals(request.getParameter("v-r")) ? request.getParameter("location") : null;
            return isPortal("/" + (location == null ? "" : location)) || isPortal(path);
        }

        private static boolean isPortal(String path) {
            return path.equals("/portal") || path.startsWith("/portal/");
        }

        private static int parse(String id) {
            try {
                return Integer.parseInt(id);
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        DeferredSecurityContext own = sessions.loadDeferredContext(request);
        Optional<Tab> tab = tab(request.getSession(false)).filter(t -> t.serves(request));
        if (tab.isEmpty()) {
            return own;
        }
        SecurityContext context = tab.get().context();
        return new DeferredSecurityContext() {
            @Override
            public SecurityContext get() {
                return context;
            }

            @Override
            public boolean isGenerated() {
                return false;
            }
        };
    }

    @Override
    @Deprecated
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    /** The customer's identity lives in its tab only; it never replaces the staff member's login in the session. */
    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        if (!(context.getAuthentication() instanceof SupportAuthentication)) {
            sessions.saveContext(context, request, response);
        }
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return sessions.containsContext(request);
    }

    /** A UI created while a request acts as the customer (the portal page's UI) keeps acting as the customer. */
    public static void adopt(WrappedSession session, int uiId) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof SupportAuthentication running) {
            tab(session).filter(t -> t.authentication() == running).ifPresent(t -> {
                t.adopt(uiId);
                session.setAttribute(ATTRIBUTE, t);
            });
        }
    }

    /** The customer's identity when this request belongs to the session's support tab. */
    public static Optional<SecurityContext> context(WrappedSession session, HttpServletRequest request) {
        return tab(session).filter(t -> t.serves(request)).map(Tab::context);
    }

    /** The customer's identity when this UI belongs to the session's support tab (work run through {@code UI.access}). */
    public static Optional<SecurityContext> context(WrappedSession session, int uiId) {
        return tab(session).filter(t -> t.serves(uiId)).map(Tab::context);
    }

    private static Optional<Tab> tab(WrappedSession session) {
        return session == null ? Optional.empty() : tab(() -> session.getAttribute(ATTRIBUTE));
    }

    static Optional<Tab> tab(HttpSession session) {
        return session == null ? Optional.empty() : tab(() -> session.getAttribute(ATTRIBUTE));
    }

    /** The session's tab; an invalidated session (signed out meanwhile) has none. */
    private static Optional<Tab> tab(java.util.function.Supplier<Object> attribute) {
        try {
            return attribute.get() instanceof Tab t ? Optional.of(t) : Optional.empty();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    static void open(HttpSession session, SupportAuthentication authentication) {
        session.setAttribute(ATTRIBUTE, new Tab(authentication));
    }

    static void close(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
    }
}
