package io.clientele.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A browser signed in by password that still owes its second factor opens only the second-factor page: any other
 * page it loads is sent there. Its Vaadin requests hold no role (see {@link CurrentUser#getAuthorities()}), so nothing
 * else would run for it anyway; this only saves it a "No access" page.
 */
@Component
@Order(3)
class SecondFactorGuard implements SessionGuard {
    static final String PAGE = "/two-factor";
    private static final Set<String> OPEN = Set.of(PAGE, "/logout", "/login");

    @Override
    public boolean check(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean owes = CurrentUser.get()
                .filter(u -> u.secondFactor() != CurrentUser.SecondFactor.NONE)
                .isPresent();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean page = "GET".equals(request.getMethod())
                && request.getParameter("v-r") == null
                && String.valueOf(request.getHeader("Accept")).contains("text/html");
        if (owes && page && !OPEN.contains(path)) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return false;
        }
        return true;
    }
}
