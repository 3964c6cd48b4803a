package dev.precis.auth;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import dev.precis.problem.ProblemResponses;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Tells the OpenAPI document how a key is sent. Quarkus derives each operation's security
 * requirement from its {@code @RolesAllowed} (the scope, under the scheme named by
 * {@code quarkus.smallrye-openapi.security-scheme-name}); this filter declares the two ways of
 * sending a key, offers each operation both, and marks the {@code read} operations as open to
 * callers without a key, as they are unless {@code precis.auth.read-requires-key} is set. A read
 * cannot be refused with 403 (every valid key has the read scope), so it lists only 401.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiKeySchemes implements OASFilter {

    static final String API_KEY = "ApiKey";
    static final String BEARER = "Bearer";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents()
                .addSecurityScheme(API_KEY, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER).name(ApiKeyMechanism.API_KEY_HEADER)
                        .description("An API key in the X-API-Key header. Its scope (read, write or admin; each includes the ones "
                                + "before it) must include the scope the operation names."))
                .addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("The same API key as a bearer token: Authorization: Bearer <key>."));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                List<String> scopes = scopesOf(operation);
                if (scopes != null) {
                    offerBothSchemes(operation, scopes);
                }
            }
        }
    }

    /** The scopes of the requirement Quarkus derived from the method's annotation; null when it has none. */
    private static List<String> scopesOf(Operation operation) {
        if (operation.getSecurity() == null) {
            return null;
        }
        for (SecurityRequirement requirement : operation.getSecurity()) {
            if (requirement.hasScheme(API_KEY)) {
                return requirement.getScheme(API_KEY);
            }
        }
        return null;
    }

    private static void offerBothSchemes(Operation operation, List<String> scopes) {
        boolean read = scopes.equals(List.of(Scope.READ.id()));
        List<SecurityRequirement> requirements = new ArrayList<>();
        requirements.add(OASFactory.createSecurityRequirement().addScheme(API_KEY, scopes));
        requirements.add(OASFactory.createSecurityRequirement().addScheme(BEARER, scopes));
        if (read) {
            requirements.add(OASFactory.createSecurityRequirement());
        }
        operation.setSecurity(requirements);

        APIResponses responses = operation.getResponses();
        APIResponse unauthorized = responses.getAPIResponse("401");
        if (unauthorized == null || unauthorized.getRef() == null) {
            responses.addAPIResponse("401", OASFactory.createAPIResponse().ref(ProblemResponses.UNAUTHORIZED));
        }
        if (read) {
            responses.removeAPIResponse("403");
        }
    }
}
