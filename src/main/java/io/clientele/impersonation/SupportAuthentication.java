package io.clientele.impersonation;

import io.clientele.security.CurrentUser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.switchuser.SwitchUserFilter;
import org.springframework.security.web.authentication.switchuser.SwitchUserGrantedAuthority;

/**
 * Spring Security's switch-user shape: the customer is the principal, and a {@link SwitchUserGrantedAuthority}
 * keeps the staff member's own authentication to return to. Authorities are read live from the principal, so the
 * moment the session's time is up it holds none and is no longer authenticated.
 */
final class SupportAuthentication extends AbstractAuthenticationToken {
    private final CurrentUser customer;
    private final Authentication staff;

    SupportAuthentication(CurrentUser customer, Authentication staff) {
        super(List.of());
        this.customer = customer;
        this.staff = staff;
    }

    Authentication staff() {
        return staff;
    }

    CurrentUser customer() {
        return customer;
    }

    boolean expired() {
        return customer.support().map(CurrentUser.Support::expired).orElse(true);
    }

    @Override
    public Collection<GrantedAuthority> getAuthorities() {
        if (expired()) {
            return List.of();
        }
        List<GrantedAuthority> all = new ArrayList<>(customer.getAuthorities());
        all.add(new SwitchUserGrantedAuthority(SwitchUserFilter.ROLE_PREVIOUS_ADMINISTRATOR, staff));
        return all;
    }

    @Override
    public boolean isAuthenticated() {
        return !expired();
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("A support session is authenticated by its staff member's login only");
        }
    }

    @Override
    public Object getPrincipal() {
        return customer;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return customer.getUsername();
    }
}
