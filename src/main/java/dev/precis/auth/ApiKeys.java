package dev.precis.auth;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import dev.precis.Sha256;

/**
 * The configured API keys, held only as SHA-256 hashes. A presented key is hashed and compared
 * with every configured hash in constant time, so neither the comparison nor the number of keys
 * checked tells an attacker how close a guess came. Keys are random and long, so a plain SHA-256
 * (not a slow password hash) is the right digest: there is nothing to brute-force from it.
 */
public final class ApiKeys {

    record Entry(Scope scope, byte[] hash) {
    }

    private final List<Entry> entries;

    private ApiKeys(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Parses {@code scope:hex-sha256} entries; the message of a failure names the entry's position, never its content. */
    public static ApiKeys parse(List<String> configured) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < configured.size(); i++) {
            String entry = configured.get(i).trim();
            if (entry.isEmpty()) {
                continue;
            }
            int colon = entry.indexOf(':');
            Optional<Scope> scope = colon > 0 ? Scope.parse(entry.substring(0, colon)) : Optional.empty();
            String hex = colon > 0 ? entry.substring(colon + 1).trim() : "";
            if (scope.isEmpty() || !hex.matches("[0-9a-fA-F]{64}")) {
                throw new IllegalArgumentException("precis.auth.keys entry " + (i + 1)
                        + " is not scope:sha256 (scope read, write or admin; 64 hex digits)");
            }
            entries.add(new Entry(scope.get(), HexFormat.of().parseHex(hex)));
        }
        return new ApiKeys(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public int size() {
        return entries.size();
    }

    /** The scope of a presented key, if it is one of the configured keys. */
    public Optional<Scope> scopeOf(String presentedKey) {
        byte[] hash = Sha256.digest(presentedKey);
        Scope found = null;
        for (Entry entry : entries) {
            // every entry is compared, whatever matched before
            if (MessageDigest.isEqual(hash, entry.hash()) && (found == null || entry.scope().includes(found))) {
                found = entry.scope();
            }
        }
        return Optional.ofNullable(found);
    }

    public static String hash(String key) {
        return Sha256.hex(key);
    }
}
