package io.clientele;

import no.nav.security.mock.oauth2.MockOAuth2Server;

/**
 * A real OpenID Connect provider (discovery, authorization, tokens, keys) for the single sign-on tests, started once
 * for the test JVM and stopped with it.
 */
public final class OidcProvider {
    private static MockOAuth2Server server;

    private OidcProvider() {}

    /** The provider's issuer "default", started on first use. */
    public static synchronized String issuer() {
        if (server == null) {
            server = new MockOAuth2Server();
            server.start(0);
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        }
        return server.issuerUrl("default").toString();
    }
}
