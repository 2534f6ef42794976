package io.clientele.impersonation;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import java.io.IOException;

/**
 * Runs after Spring Security's chain (which has loaded the session's authentication): a support session whose time
 * is up is ended and the staff member gets the browser back; a page load goes to the customer in the console.
 * Vaadin's own requests carry on, refused by the expired session's empty authorities until the page reloads.
 */
@Component
class SupportExpiryFilter extends OncePerRequestFilter {
    private final SupportSwitch support;

    SupportExpiryFilter(SupportSwitch support) {
        this.support = support;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SupportSwitch.current().filter(s -> s.expired()).isPresent()) {
            var customer = support.leave(SupportSession.EndReason.EXPIRED, request, response);
            if ("GET".equals(request.getMethod()) && request.getParameter("v-r") == null && customer.isPresent()) {
                response.sendRedirect(request.getContextPath() + "/customers/" + customer.get());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
