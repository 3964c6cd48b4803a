package dev.precis.problem;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Every error response of the API has the same body, a {@link Problem}: it is declared here once.
 * The error responses several operations share are components, which resource methods name with
 * {@code @APIResponse(responseCode = ..., ref = ProblemResponses.X)}; for an error response a
 * method describes itself, this filter adds the {@code application/problem+json} content.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String NO_WRITE_SCOPE = "NoWriteScope";
    public static final String NOT_FOUND = "ArticleNotFound";
    public static final String STORY_NOT_FOUND = "StoryNotFound";
    public static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    public static final String PAGE_WITHOUT_ARTICLE = "PageWithoutArticle";
    public static final String DATABASE_UNAVAILABLE = "DatabaseUnavailable";

    private static final Map<String, String> SHARED = Map.of(
            UNAUTHORIZED, "No API key where the operation needs one, or a key that is not valid",
            NO_WRITE_SCOPE, "The API key lacks the write scope",
            NOT_FOUND, "No such article",
            STORY_NOT_FOUND, "No such story",
            PAYLOAD_TOO_LARGE, "Body over the size limit",
            UNSUPPORTED_MEDIA_TYPE, "Unsupported content type",
            PAGE_WITHOUT_ARTICLE, "An HTML page without article text",
            DATABASE_UNAVAILABLE, "The database cannot be reached; retry after the Retry-After seconds");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        new TreeMap<>(SHARED).forEach((name, description) ->
                openAPI.getComponents().addResponse(name, withProblemBody(OASFactory.createAPIResponse().description(description))));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                    continue;
                }
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (isError(status) && response.getRef() == null && response.getContent() == null) {
                        withProblemBody(response);
                    }
                });
            }
        }
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static APIResponse withProblemBody(APIResponse response) {
        return response.content(OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
    }
}
