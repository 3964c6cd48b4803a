package dev.precis.auth;

import java.util.Locale;
import java.util.Optional;

/** What a key may do; each scope includes the ones before it. */
public enum Scope {
    READ,
    WRITE,
    ADMIN;

    public boolean includes(Scope other) {
        return ordinal() >= other.ordinal();
    }

    static Optional<Scope> parse(String value) {
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
