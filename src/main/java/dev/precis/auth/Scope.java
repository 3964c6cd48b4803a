package dev.precis.auth;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a key may do; each scope includes the ones before it. A scope's {@link #id()} is the role
 * name that resource methods require with {@code @RolesAllowed}.
 */
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

    /** The roles of an identity with this scope: its own and those of every scope it includes. */
    public Set<String> roles() {
        return Arrays.stream(values()).filter(this::includes).map(Scope::id).collect(Collectors.toUnmodifiableSet());
    }
}
