package io.clientele.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Login CSRF: Vaadin's login form posts without Spring's CSRF token (its configurer exempts the login URL), so a
 * sign-in POST must come from this site. A browser names a foreign page by Sec-Fetch-Site or Origin; a POST that
 * carries neither (a script, curl) is not a browser another site could drive.
 */
final class LoginOriginFilter extends OncePerRequestFilter {
    private final String baseOrigin;

    LoginOriginFilter(String baseUrl) {
        this.baseOrigin = origin(URI.create(baseUrl));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod())
                && "/login"
                        .equals(request.getRequestURI()
                                .substring(request.getContextPath().length()))
                && crossSite(request)) {
            // Written here: sendError would forward to /error, which the console answers with its login page.
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Sign in from this site's own login page.");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean crossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !fetchSite.equals("same-origin") && !fetchSite.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String own = request.getScheme() + "://" + request.getServerName()
                + port(request.getScheme(), request.getServerPort());
        return !origin.equalsIgnoreCase(own) && !origin.equalsIgnoreCase(baseOrigin);
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + port(uri.getScheme(), uri.getPort());
    }

    private static String port(String scheme, int port) {
        boolean standard = port < 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return standard ? "" : ":" + port;
    }
}
