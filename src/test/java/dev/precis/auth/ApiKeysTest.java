package dev.precis.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ApiKeysTest {

    @Test
    void shouldAcceptNoKeyWhenNoneIsConfigured() {
        ApiKeys keys = ApiKeys.parse(List.of());
        assertTrue(keys.isEmpty());
        assertEquals(Optional.empty(), keys.scopeOf("anything"));
        assertEquals(Optional.empty(), keys.scopeOf(""));
    }

    @Test
    void shouldKnowAKeyOnlyByItsHash() {
        ApiKeys keys = ApiKeys.parse(List.of("write:" + ApiKeys.hash("secret-one"), " admin:" + ApiKeys.hash("secret-two").toUpperCase() + " "));
        assertEquals(Optional.of(Scope.WRITE), keys.scopeOf("secret-one"));
        assertEquals(Optional.of(Scope.ADMIN), keys.scopeOf("secret-two"));
        assertEquals(Optional.empty(), keys.scopeOf("secret-one "));
        assertEquals(Optional.empty(), keys.scopeOf(ApiKeys.hash("secret-one")), "the hash itself is not a key");
    }

    @Test
    void shouldGiveTheWidestScopeOfAKeyListedTwice() {
        ApiKeys keys = ApiKeys.parse(List.of("read:" + ApiKeys.hash("k"), "admin:" + ApiKeys.hash("k")));
        assertEquals(Optional.of(Scope.ADMIN), keys.scopeOf("k"));
    }

    @Test
    void shouldOrderScopes() {
        assertTrue(Scope.ADMIN.includes(Scope.WRITE) && Scope.WRITE.includes(Scope.READ) && Scope.ADMIN.includes(Scope.READ));
        assertFalse(Scope.READ.includes(Scope.WRITE));
        assertFalse(Scope.WRITE.includes(Scope.ADMIN));
    }

    @Test
    void shouldRefuseAMalformedEntryWithoutRepeatingIt() {
        for (String entry : List.of("write", "owner:" + ApiKeys.hash("k"), "write:not-hex", "write:abc123", ":" + ApiKeys.hash("k"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ApiKeys.parse(List.of(entry)));
            assertFalse(e.getMessage().contains(entry.substring(entry.indexOf(':') + 1)) && entry.length() > 6, e.getMessage());
            assertTrue(e.getMessage().contains("entry 1"));
        }
    }
}
