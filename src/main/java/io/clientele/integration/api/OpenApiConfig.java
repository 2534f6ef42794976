package io.clientele.integration.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The API's OpenAPI document (/api/openapi) and its browser (/api/docs). */
@Configuration
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Clientele API",
                        version = "v1",
                        description = "Manage the tenant's "
                                + "customers with a tenant key, or a business customer's own data with that customer's key. Errors are "
                                + "RFC 9457 problem details; updates need If-Match with the record's ETag; each key has a rate limit (429 "
                                + "with Retry-After)."))
@SecurityScheme(
        name = "apiKey",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "An API key from Settings → API keys or a business customer's API keys tab")
class OpenApiConfig {}
