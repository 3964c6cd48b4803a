package dev.precis.auth;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.precis.PrecisConfig;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * The scopes a caller without a key holds: {@code read} while reads are open
 * ({@code precis.auth.read-requires-key=false}, the default), every scope while keys are not
 * required at all ({@code precis.auth.enabled=false}), none otherwise.
 * <p>
 * Why here and not in the annotations: a resource method names the one scope it needs
 * ({@code @RolesAllowed("read")}, {@code "write"} or {@code "admin"}), always the same, so its
 * annotation says what the operation is and the OpenAPI document can tell it. Who holds a scope
 * is configuration, decided in this one place. Role names read from configuration
 * ({@code @RolesAllowed("${...}")}) cannot open a method to callers without a key — no role name
 * lets an anonymous identity through {@code @RolesAllowed} — and would make the annotations say
 * different things in different deployments.
 */
@ApplicationScoped
public class AnonymousScopes implements SecurityIdentityAugmentor {

    private final Set<String> granted;

    AnonymousScopes(PrecisConfig config) {
        if (!config.auth().enabled()) {
            granted = Scope.ADMIN.roles();
        } else if (!config.auth().readRequiresKey()) {
            granted = Scope.READ.roles();
        } else {
            granted = Set.of();
        }
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous() || granted.isEmpty()) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRoles(granted).build());
    }
}
