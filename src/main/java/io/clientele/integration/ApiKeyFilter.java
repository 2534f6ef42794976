package io.clientele.integration;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <key>} on the API: a usable key becomes the request's caller, within its key's rate
 * limit (429 with Retry-After beyond it); a wrong, revoked or expired key is a 401. Without the header the request
 * goes on anonymous, and the chain's rules answer 401 where a key is needed.
 */
class ApiKeyFilter extends OncePerRequestFilter {
    private final ApiKeyAuthenticator authenticator;
    private final ApiRateLimits limits;

    ApiKeyFilter(ApiKeyAuthenticator authenticator, ApiRateLimits limits) {
        this.authenticator = authenticator;
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiKeyAuthenticator.Caller> caller = header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authenticator.authenticate(header.substring(7).strip())
                : Optional.empty();
        if (caller.isEmpty()) {
            ApiSecurityConfig.unauthorized(response, "The API key is missing, wrong, revoked or expired");
            return;
        }
        ConsumptionProbe probe = limits.take(caller.get().keyId());
        response.setHeader("RateLimit-Policy", limits.limit() + ";w=60");
        response.setHeader("RateLimit-Limit", Integer.toString(limits.limit()));
        response.setHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
            response.setHeader("Retry-After", Long.toString(seconds));
            ApiSecurityConfig.problem(
                    response,
                    429,
                    "rate-limited",
                    "Too many requests",
                    "This key may make " + limits.limit() + " requests a minute; try again in " + seconds + " s");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        var user = caller.get().user();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
