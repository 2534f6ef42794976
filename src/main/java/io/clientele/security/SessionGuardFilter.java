package io.clientele.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/** Runs the {@link SessionGuard}s in the console's chain; made by {@link SecurityConfig}, not a servlet filter bean. */
final class SessionGuardFilter extends OncePerRequestFilter {
    private final List<SessionGuard> guards;

    SessionGuardFilter(List<SessionGuard> guards) {
        this.guards = List.copyOf(guards);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (SessionGuard guard : guards) {
            if (!guard.check(request, response)) {
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
