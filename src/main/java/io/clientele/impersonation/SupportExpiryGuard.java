package io.clientele.impersonation;

import io.clientele.security.SessionGuard;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs before authorization (an expired support authentication holds no roles, so its portal tab would otherwise
 * answer 403): a support session whose time is up is ended and its tab goes back to the staff member; a page load
 * goes to the customer in the console. Vaadin's own requests carry on as the staff member.
 */
@Component
@Order(1)
class SupportExpiryGuard implements SessionGuard {
    private final SupportSwitch support;

    SupportExpiryGuard(SupportSwitch support) {
        this.support = support;
    }

    @Override
    public boolean check(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (SupportSwitch.current().filter(s -> s.expired()).isPresent()) {
            var customer = support.leave(SupportSession.EndReason.EXPIRED, request.getSession());
            if ("GET".equals(request.getMethod()) && request.getParameter("v-r") == null && customer.isPresent()) {
                response.sendRedirect(request.getContextPath() + "/customers/" + customer.get());
                return false;
            }
        }
        return true;
    }
}
