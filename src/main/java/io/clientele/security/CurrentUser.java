package io.clientele.security;

import io.clientele.base.Languages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in principal. Only a SYSTEM_ADMIN's active tenant changes during a session. */
public final class CurrentUser implements UserDetails, CredentialsContainer {
    private final long userId;
    private final String email;
    private String passwordHash;
    private final String displayName;
    private volatile Long activeTenantId;
    private final Set<Role> roles;
    private final boolean enabled;
    private final Instant lockedUntil;
    private volatile String language;
    private String loginRefusal;
    /** The login's session version when this principal was loaded; a higher one in the database ends the session. */
    private int sessionVersion;
    /** A self-signed-up portal login before its e-mail link: it sees only the confirmation page and writes nothing. */
    private boolean awaitingEmailConfirmation;
    /** Set for a business customer's API key: the only customer whose data the caller may touch. */
    private Long customerScope;
    /** What an API key may do ("customers:read", …); empty for people, whose roles say it. */
    private Set<String> scopes = Set.of();
    /** What this sign-in still owes before the login's roles count: a code, or setting up the second factor. */
    private volatile SecondFactor secondFactor = SecondFactor.NONE;

    /** Where a sign-in stands with the second factor. */
    public enum SecondFactor {
        /** Nothing owed: no second factor, a remembered browser, or the code was given. */
        NONE,
        /** The login has a second factor: the code (or a recovery code) comes next. */
        VERIFY,
        /** The tenant requires a second factor the login does not have yet: it sets one up first. */
        ENROL
    }

    /** Set while a staff member looks at the portal as this customer (impersonation). */
    private volatile Support support;

    /**
     * A support session: who is acting as this customer, whether they may change anything, and until when. Once it
     * has expired the principal holds no authority at all, so nothing more runs in its name.
     */
    public record Support(
            long sessionId, long staffUserId, String staffEmail, String staffName, boolean readOnly, Instant expiresAt)
            implements java.io.Serializable {
        public boolean expired() {
            return !Instant.now().isBefore(expiresAt);
        }
    }

    public CurrentUser(
            long userId,
            String email,
            String passwordHash,
            String displayName,
            Long homeTenantId,
            Set<Role> roles,
            boolean enabled,
            Instant lockedUntil,
            String language) {
        this.userId = userId;
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.activeTenantId = homeTenantId;
        this.roles = Set.copyOf(roles);
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
        this.language = language;
    }

    /**
     * The caller behind an API key: acts in its tenant with {@code roles}, under the key's name in the audit log,
     * and for a business customer's key only on that customer.
     */
    public static CurrentUser apiKey(String name, long tenantId, Long customerId, Set<Role> roles, Set<String> scopes) {
        CurrentUser caller =
                new CurrentUser(0, "API key: " + name, null, "API key " + name, tenantId, roles, true, null, "en");
        caller.customerScope = customerId;
        caller.scopes = Set.copyOf(scopes);
        return caller;
    }

    public static Optional<CurrentUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser u ? Optional.of(u) : Optional.empty();
    }

    public static CurrentUser require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not logged in"));
    }

    public long userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    public Long activeTenantId() {
        return activeTenantId;
    }

    public Set<Role> roles() {
        return roles;
    }

    public Optional<Long> customerScope() {
        return Optional.ofNullable(customerScope);
    }

    public Optional<Support> support() {
        return Optional.ofNullable(support);
    }

    /** The e-mail address the audit log names as the actor: the staff member during a support session. */
    public String actorEmail() {
        return support == null ? email : support.staffEmail();
    }

    /** Called by the impersonation feature on a freshly loaded customer login, before it becomes a session's. */
    public CurrentUser supportedBy(Support support) {
        if (customerScope == null || roles.stream().anyMatch(Role::isStaff)) {
            throw new org.springframework.security.access.AccessDeniedException("Only customers are opened by support");
        }
        this.support = support;
        return this;
    }

    /** A portal login acts on its customer's data, like a business customer's API key. */
    void actAsCustomer(long customerId) {
        this.customerScope = customerId;
    }

    /** The customer the caller is; refused for everyone who is not acting as one customer. */
    public static long requireCustomerScope() {
        return require()
                .customerScope()
                .orElseThrow(() ->
                        new org.springframework.security.access.AccessDeniedException("Not acting as a customer"));
    }

    public String language() {
        return Languages.tag(language);
    }

    public Locale locale() {
        return Languages.locale(language);
    }

    void setLanguage(String language) {
        this.language = language;
    }
    /** Why this login may not sign in (a message key), or null. */
    public String loginRefusal() {
        return loginRefusal;
    }

    void refuseLogin(String messageKey) {
        this.loginRefusal = messageKey;
    }

    int sessionVersion() {
        return sessionVersion;
    }

    void openedAt(int sessionVersion) {
        this.sessionVersion = sessionVersion;
    }

    public SecondFactor secondFactor() {
        return secondFactor;
    }

    void owe(SecondFactor owed) {
        this.secondFactor = owed;
    }

    /** A security context holding this login with the authorities it has now (after a second factor, its roles). */
    public SecurityContext signedInContext() {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        this, null, getAuthorities()));
        return context;
    }

    public boolean awaitingEmailConfirmation() {
        return awaitingEmailConfirmation;
    }

    void awaitEmailConfirmation() {
        this.awaitingEmailConfirmation = true;
    }
    /** A person's login (not an API key or the system), whose sessions follow the login's state. */
    boolean isLogin() {
        return userId > 0;
    }

    public boolean has(Role role) {
        return roles.stream().anyMatch(r -> r.granted().contains(role));
    }

    /** One of my staff roles is above {@code role}. */
    public boolean outranks(Role role) {
        return roles.stream().anyMatch(r -> r.outranks(role));
    }

    /**
     * SUPPORT and above reset portal logins; a login that also holds a staff role only when I outrank
     * that role (a SUPPORT user must not take over an OWNER's login).
     */
    public boolean mayResetPasswordOf(Role loginStaffRole) {
        return has(Role.SUPPORT) && (loginStaffRole == null || outranks(loginStaffRole));
    }

    /** Called only by TenantService after its SYSTEM_ADMIN check. */
    public void switchTenant(long tenantId) {
        if (!has(Role.SYSTEM_ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only platform operators switch tenant");
        }
        this.activeTenantId = tenantId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        if (secondFactor != SecondFactor.NONE) {
            // Signed in by password only: no role counts until the second factor is given.
            return List.of();
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.stream()
                .flatMap(r -> r.granted().stream())
                .distinct()
                .forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r.name())));
        if (support != null && support.expired()) {
            return List.of();
        }
        scopes.forEach(s -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + s)));
        if (support == null ? !awaitingEmailConfirmation : !support.readOnly()) {
            authorities.add(new SimpleGrantedAuthority(Roles.PORTAL_WRITE));
        }
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled && loginRefusal == null;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
