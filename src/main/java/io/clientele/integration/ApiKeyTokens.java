package io.clientele.integration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The key's text: {@code clt_<key id>_<secret>}. The id finds the row; the SHA-256 of the whole key proves it. Keys
 * carry 256 random bits, so a fast hash is safe here (a password hash would cost every API call tens of milliseconds).
 */
final class ApiKeyTokens {
    static final String PREFIX = "clt_";
    private static final int ID_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeyTokens() {}

    record Token(String keyId, String secret, String hash) {}

    static Token generate() {
        byte[] id = new byte[ID_LENGTH / 2];
        RANDOM.nextBytes(id);
        String keyId = HexFormat.of().formatHex(id);
        String text = PREFIX + keyId + "_" + io.clientele.base.SecretTokens.random(32);
        return new Token(keyId, text, hash(text));
    }

    /** The key id of a well-formed key, or empty. */
    static Optional<String> keyIdOf(String text) {
        if (text == null
                || text.length() < PREFIX.length() + ID_LENGTH + 2
                || !text.startsWith(PREFIX)
                || text.charAt(PREFIX.length() + ID_LENGTH) != '_') {
            return Optional.empty();
        }
        String id = text.substring(PREFIX.length(), PREFIX.length() + ID_LENGTH);
        return id.chars().allMatch(c -> Character.digit(c, 16) >= 0) ? Optional.of(id) : Optional.empty();
    }

    static String hash(String text) {
        return io.clientele.base.SecretTokens.sha256(text);
    }

    static boolean matches(String text, String storedHash) {
        return MessageDigest.isEqual(
                hash(text).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
