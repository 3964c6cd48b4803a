package dev.precis.auth;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.precis.PrecisConfig;
import io.quarkus.runtime.StartupEvent;

/**
 * Guards the API with keys. Storing needs {@code write}, deleting {@code admin}; reading and
 * summarizing need {@code read} only when {@code precis.auth.read-requires-key} is set. The key
 * comes as {@code Authorization: Bearer <key>} or {@code X-API-Key: <key>} and is never logged.
 */
@ApplicationScoped
public class AccessControl {

    private static final Logger LOG = Logger.getLogger(AccessControl.class);
    static final String API_KEY_HEADER = "X-API-Key";

    private final boolean enabled;
    private final boolean readRequiresKey;
    private final ApiKeys keys;

    AccessControl(PrecisConfig config) {
        this.enabled = config.auth().enabled();
        this.readRequiresKey = config.auth().readRequiresKey();
        this.keys = ApiKeys.parse(config.auth().keys().orElse(List.of()));
    }

    void reportAtStartup(@Observes StartupEvent event) {
        if (!enabled) {
            LOG.warn("API keys are not required (precis.auth.enabled=false): anyone who reaches the service can store and delete articles");
        } else if (keys.isEmpty()) {
            LOG.warn("No API key is configured (precis.auth.keys): every write and delete will be refused with 401");
        } else {
            LOG.infof("API keys required for writes%s; %d key(s) configured", readRequiresKey ? " and reads" : "", keys.size());
        }
    }

    @ServerRequestFilter
    public void authorize(ContainerRequestContext request) {
        if (!enabled) {
            return;
        }
        Optional<Scope> required = requiredScope(request.getMethod(), request.getUriInfo().getPath());
        if (required.isEmpty()) {
            return;
        }
        String key = presentedKey(request);
        if (key == null) {
            throw new AccessDeniedException(401, "An API key is required: send it as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'");
        }
        Optional<Scope> scope = keys.scopeOf(key);
        if (scope.isEmpty()) {
            throw new AccessDeniedException(401, "The API key is not valid");
        }
        if (!scope.get().includes(required.get())) {
            throw new AccessDeniedException(403, "This API key lacks the '" + required.get().id() + "' scope");
        }
    }

    /** The scope a request needs, or empty when it needs none. */
    Optional<Scope> requiredScope(String method, String path) {
        if (!path.startsWith("/api/")) {
            return Optional.empty();
        }
        boolean summaries = path.startsWith("/api/v1/summaries");
        return switch (method) {
            case "GET", "HEAD" -> readRequiresKey ? Optional.of(Scope.READ) : Optional.empty();
            case "DELETE" -> Optional.of(Scope.ADMIN);
            case "POST", "PUT", "PATCH" -> summaries
                    ? (readRequiresKey ? Optional.of(Scope.READ) : Optional.empty())
                    : Optional.of(Scope.WRITE);
            default -> Optional.empty();
        };
    }

    private static String presentedKey(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String key = authorization.substring(7).trim();
            if (!key.isEmpty()) {
                return key;
            }
        }
        String header = request.getHeaderString(API_KEY_HEADER);
        return header == null || header.isBlank() ? null : header.trim();
    }
}
