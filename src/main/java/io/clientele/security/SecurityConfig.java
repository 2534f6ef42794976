package io.clientele.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.clientele.base.ClienteleProperties;
import io.clientele.security.ui.LoginView;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.rememberme.AbstractRememberMeServices;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
public class SecurityConfig {
    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                    + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
                    + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    /**
     * The login form's provider. A lock is checked before the password, so nobody can keep guessing;
     * a refused customer learns why only after giving the right password.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(LoginAttempts users, PasswordEncoder encoder, SsoService sso) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        provider.setPreAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked()) {
                throw new LockedException("login.refused.locked");
            }
        });
        provider.setPostAuthenticationChecks(user -> {
            // Read again after the slow password check: parallel wrong attempts may have locked the login meanwhile.
            if (users.lockedNow(user.getUsername())) {
                throw new LockedException("login.refused.locked");
            }
            if (user instanceof CurrentUser u && u.loginRefusal() != null) {
                // A plain DisabledException: Spring maps exact classes to the failure event the auditor hears.
                throw new DisabledException(u.loginRefusal());
            }
            if (!user.isEnabled()) {
                throw new DisabledException("login.refused.disabled");
            }
            if (user instanceof CurrentUser u && sso.passwordRefused(u)) {
                throw new DisabledException("login.refused.sso-only");
            }
        });
        return provider;
    }

    @Bean
    org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository passkeyUsers(
            org.springframework.jdbc.core.JdbcTemplate jdbc) {
        return Passkeys.people(jdbc);
    }

    @Bean
    org.springframework.security.web.webauthn.management.UserCredentialRepository passkeyCredentials(
            org.springframework.jdbc.core.JdbcTemplate jdbc, io.clientele.audit.AuditService audit) {
        return Passkeys.credentials(jdbc, audit);
    }

    /** The remember-me cookie goes along with the site's own requests only, like the session cookie. */
    @Bean
    CookieSameSiteSupplier rememberMeSameSite() {
        return CookieSameSiteSupplier.ofLax()
                .whenHasName(AbstractRememberMeServices.SPRING_SECURITY_REMEMBER_ME_COOKIE_KEY);
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            LoginAttempts users,
            ClienteleProperties properties,
            List<SessionGuard> guards,
            SecurityContextRepository contexts,
            SsoClients ssoClients,
            SsoSignIn ssoSignIn,
            org.springframework.security.core.context.SecurityContextHolderStrategy strategy,
            @Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies)
            throws Exception {
        // Vaadin makes its session-aware strategy the global one only once every bean exists; filters that read the
        // global strategy when they are built (the passkey ones) must see the same one as the rest of the chain.
        org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(strategy);
        http.authorizeHttpRequests(a -> a.requestMatchers("/styles/**", "/images/**", "/scripts/**", "/favicon.ico")
                .permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                .requestMatchers("/actuator/**")
                .hasRole(Roles.SYSTEM_ADMIN)
                .requestMatchers("/avatars/**")
                .authenticated());
        // Vaadin needs inline and eval'd scripts and inline styles (its docs); everything else is locked to this
        // origin.
        http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                // Written before the request runs: Vaadin's pages are served through a forward that would skip them.
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        String key = properties.security().rememberMeKey();
        if (key == null || key.isBlank()) {
            // Without a configured key, remember-me cookies survive until the next restart only.
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            key = HexFormat.of().formatHex(random);
        }
        String rememberMeKey = key;
        http.rememberMe(r -> r.key(rememberMeKey)
                .userDetailsService(users)
                .useSecureCookie(secureCookies)
                .tokenValiditySeconds(
                        (int) properties.security().rememberMeValidity().toSeconds()));
        // Unknown addresses reach Vaadin (and its not-found page inside the layout) once logged in.
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                c -> c.loginView(LoginView.class)
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        // Passkeys for everyone who signs in, bound to this site's address (its host is the relying party).
        java.net.URI site = java.net.URI.create(properties.baseUrl());
        http.webAuthn(w -> w.rpName("Clientele")
                .rpId(site.getHost())
                .allowedOrigins(site.getScheme() + "://" + site.getAuthority())
                .disableDefaultRegistrationPage(true));
        // A tenant's own OpenID Connect provider: /oauth2/authorization/tenant-{id} and back to /login/oauth2/code/….
        http.oauth2Login(o -> o.loginPage("/login")
                .clientRegistrationRepository(ssoClients)
                .userInfoEndpoint(u -> u.oidcUserService(ssoSignIn::loadUser))
                .successHandler(ssoSignIn::succeeded)
                .failureHandler(ssoSignIn::failed));
        // One browser session may hold a second identity for some of its tabs (support access); the bean chooses.
        http.securityContext(c -> c.securityContextRepository(contexts));
        http.addFilterBefore(new LoginOriginFilter(properties.baseUrl()), CsrfFilter.class);
        http.addFilterBefore(new SessionGuardFilter(guards), AuthorizationFilter.class);
        return http.build();
    }
}
