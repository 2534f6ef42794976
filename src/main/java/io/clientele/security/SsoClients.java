package io.clientele.security;

import io.clientele.base.ClienteleProperties;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.stereotype.Component;

/**
 * Each tenant's provider as Spring Security's OAuth2 client sees it: registration "tenant-{id}", built from the
 * provider's discovery document when first needed and again after the settings change.
 */
@Component
class SsoClients implements ClientRegistrationRepository {
    static final String PREFIX = "tenant-";

    private record Built(int version, ClientRegistration registration) {}

    private final SsoSettingsRepository settings;
    private final ClienteleProperties properties;
    private final Map<Long, Built> built = new ConcurrentHashMap<>();

    SsoClients(SsoSettingsRepository settings, ClienteleProperties properties) {
        this.settings = settings;
        this.properties = properties;
    }

    static String redirectUri(String baseUrl, long tenantId) {
        return baseUrl + "/login/oauth2/code/" + PREFIX + tenantId;
    }

    /** The tenant a registration id names, or null. */
    static Long tenantOf(String registrationId) {
        return registrationId != null && registrationId.matches(PREFIX + "\\d{1,18}")
                ? Long.valueOf(registrationId.substring(PREFIX.length()))
                : null;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        Long tenant = tenantOf(registrationId);
        SsoSettings s = tenant == null
                ? null
                : settings.findById(tenant).filter(SsoSettings::isEnabled).orElse(null);
        if (s == null) {
            return null;
        }
        Built b = built.get(tenant);
        if (b == null || b.version() != s.getVersion()) {
            b = new Built(
                    s.getVersion(),
                    ClientRegistrations.fromIssuerLocation(s.getIssuer())
                            .registrationId(registrationId)
                            .clientName(s.getProviderName())
                            .clientId(s.getClientId())
                            .clientSecret(s.getClientSecret())
                            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                            .redirectUri(redirectUri(properties.baseUrl(), tenant))
                            .scope("openid", "profile", "email")
                            .userNameAttributeName("sub")
                            .build());
            built.put(tenant, b);
        }
        return b.registration();
    }
}
