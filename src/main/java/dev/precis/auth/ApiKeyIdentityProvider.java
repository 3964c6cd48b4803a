package dev.precis.auth;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.precis.PrecisConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Turns a presented key into an identity whose roles are the scopes of the key ({@code admin}
 * brings {@code write} and {@code read}), or fails with {@link AuthenticationFailedException} for a
 * key that is not configured. The key is only hashed and compared ({@link ApiKeys}): it is never
 * logged nor kept in the identity.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyRequest> {

    private static final Logger LOG = Logger.getLogger(ApiKeyIdentityProvider.class);

    private final PrecisConfig.Auth config;
    private final ApiKeys keys;

    ApiKeyIdentityProvider(PrecisConfig config) {
        this.config = config.auth();
        this.keys = ApiKeys.parse(this.config.keys().orElse(List.of()));
    }

    void reportAtStartup(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.warn("API keys are not required (precis.auth.enabled=false): anyone who reaches the service can store and delete articles");
        } else if (keys.isEmpty()) {
            LOG.warn("No API key is configured (precis.auth.keys): every write and delete will be refused with 401");
        } else {
            LOG.infof("API keys required for writes%s; %d key(s) configured", config.readRequiresKey() ? " and reads" : "", keys.size());
        }
    }

    @Override
    public Class<ApiKeyRequest> getRequestType() {
        return ApiKeyRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyRequest request, AuthenticationRequestContext context) {
        // a hash and a few comparisons: cheap enough for the I/O thread, no blocking call
        Optional<Scope> scope = keys.scopeOf(request.key());
        if (scope.isEmpty()) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("api-key:" + scope.get().id()))
                .addRoles(scope.get().roles())
                .build());
    }
}
