package io.clientele.integration;

import io.clientele.integration.api.ApiProblems;
import io.clientele.security.SecurityConfig;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API's own chain, ahead of the console's: stateless, no session or CSRF (a key is not a cookie), 401/403 as
 * problem details. The OpenAPI document and its browser are public; they describe, they do not serve data.
 */
@Configuration
class ApiSecurityConfig {
    static final String DOCS = "/api/docs";
    static final String OPENAPI = "/api/openapi";
    /** Where springdoc serves the browser that {@link #DOCS} redirects to. */
    static final String SWAGGER_UI = "/api/swagger-ui/**";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiKeyAuthenticator authenticator, ApiRateLimits limits)
            throws Exception {
        // The API's requests, and the error dispatch of one (an error raised outside a controller is forwarded to
        // /error, which the console's chain would answer with its login page).
        http.securityMatcher(new OrRequestMatcher(
                        PathPatternRequestMatcher.pathPattern("/api/**"),
                        PathPatternRequestMatcher.pathPattern("/swagger-ui/**"),
                        request -> request.getDispatcherType() == DispatcherType.ERROR
                                && ApiErrorController.forApi(request)))
                .csrf(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(SecurityConfig.CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r ->
                                r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .authorizeHttpRequests(a -> a.dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers(DOCS, DOCS + "/**", OPENAPI, OPENAPI + "/**", SWAGGER_UI, "/swagger-ui/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .addFilterBefore(new ApiKeyFilter(authenticator, limits), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(
                                (req, res, ex) -> unauthorized(res, "Send an API key as Authorization: Bearer <key>"))
                        .accessDeniedHandler((req, res, ex) ->
                                problem(res, 403, "forbidden", "Forbidden", "This key may not do that")));
        return http.build();
    }

    static void unauthorized(HttpServletResponse response, String detail) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        problem(response, 401, "unauthorized", "Unauthorized", detail);
    }

    static void problem(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ApiProblems.TYPE_BASE + type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
