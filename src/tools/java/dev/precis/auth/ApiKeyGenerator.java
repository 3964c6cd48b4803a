package dev.precis.auth;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Makes a new API key and the configuration entry for it:
 * {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=dev.precis.auth.ApiKeyGenerator -Dexec.args=write}.
 * The key goes to the client; only the entry (scope and hash) goes into the configuration.
 */
public final class ApiKeyGenerator {

    private ApiKeyGenerator() {
    }

    public static void main(String[] args) {
        String scope = args.length > 0 ? args[0] : "write";
        if (Scope.parse(scope).isEmpty()) {
            System.err.println("Scope must be read, write or admin");
            System.exit(2);
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String key = "pk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        System.out.println("API key (give it to the client; it is not stored anywhere): " + key);
        System.out.println("Configuration entry (PRECIS_AUTH_KEYS, comma-separated): " + Scope.parse(scope).get().id() + ":" + ApiKeys.hash(key));
    }
}
