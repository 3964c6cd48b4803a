package dev.precis.article.rest;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.precis.article.service.ArticleService;
import dev.precis.problem.InvalidRequestException;
import dev.precis.problem.Problem;
import dev.precis.summary.rest.SummaryOptionsParser;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Store articles with their summaries and read them back")
public class ArticleResource {

    private final ArticleService articles;

    ArticleResource(ArticleService articles) {
        this.articles = articles;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store an article with its summary",
            description = "A text already stored (same normalized text) creates nothing and returns the stored article with 200.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleRequest.class),
            examples = @ExampleObject(name = "article", value = "{\"title\": \"Council approves budget\", \"source\": \"example-news\", "
                    + "\"url\": \"https://news.example.com/budget\", \"publishedAt\": \"2024-05-03T09:30:00Z\", "
                    + "\"text\": \"The city council approved the new budget on Monday. It raises spending on schools by ten percent. "
                    + "Critics said the plan leaves roads underfunded.\", \"sentences\": 2}")))
    @APIResponse(responseCode = "201", description = "Stored; Location names the new article", content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "200", description = "The same text was already stored: the existing article", content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "400", description = "Blank text, malformed JSON or invalid options", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body over the size limit", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Unsupported content type", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid API key (when keys are required)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The API key lacks the write scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The database cannot be reached; retry after the Retry-After seconds", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response store(@Valid @NotNull ArticleRequest request, @Context UriInfo uriInfo) {
        ArticleService.Stored stored = articles.store(request);
        if (!stored.created()) {
            return Response.ok(stored.article()).build();
        }
        URI location = uriInfo.getBaseUriBuilder().path(ArticleResource.class).path(Long.toString(stored.article().id())).build();
        return Response.created(location).entity(stored.article()).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an article with its summary")
    @APIResponse(responseCode = "200", description = "The article", content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "400", description = "The id is not a number", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such article", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The database cannot be reached", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleResponse get(@Parameter(description = "Article id", example = "42") @PathParam("id") String id) {
        long articleId = parseId(id);
        return articles.find(articleId).orElseThrow(() -> notFound(articleId));
    }

    @GET
    @Operation(summary = "List stored articles, newest first", description = "Keyset pagination: pass the `next` of a page as `cursor` to get the following page.")
    @APIResponse(responseCode = "200", description = "One page of articles", content = @Content(schema = @Schema(implementation = ArticlePage.class)))
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The database cannot be reached", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticlePage list(
            @Parameter(description = "Articles per page, from 1 to precis.pages.max-limit (100 unless configured); default precis.pages.default-limit (20)") @QueryParam("limit") String limit,
            @Parameter(description = "The `next` value of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Only articles from this source") @QueryParam("source") String source) {
        return articles.list(cursor, SummaryOptionsParser.intParam("limit", limit), source);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an article and its summary")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "The id is not a number", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid API key (when keys are required)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The API key lacks the admin scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such article", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The database cannot be reached", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") String id) {
        long articleId = parseId(id);
        if (!articles.delete(articleId)) {
            throw notFound(articleId);
        }
        return Response.noContent().build();
    }

    private static long parseId(String id) {
        try {
            // ASCII digits only: Long.parseLong would also take other scripts' digits and a sign
            if (id.isEmpty() || id.length() > 19 || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new NumberFormatException();
            }
            long value = Long.parseLong(id);
            if (value < 1) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("id", "must be a positive whole number");
        }
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("No article with id " + id);
    }
}
