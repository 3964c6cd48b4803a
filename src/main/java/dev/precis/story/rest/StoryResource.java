package dev.precis.story.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.precis.PrecisConfig;
import dev.precis.problem.InvalidRequestException;
import dev.precis.problem.ProblemResponses;
import dev.precis.story.service.StoryQueries;
import dev.precis.story.service.StorySummaries;
import dev.precis.submission.SummaryOptionsInput;
import dev.precis.submission.SummaryOptionsParser;

@Path("/api/v1/stories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stories", description = "The stored articles grouped by the event they report, and one summary per story")
public class StoryResource {

    private final StoryQueries queries;
    private final StorySummaries summaries;
    private final SummaryOptionsParser optionsParser;
    private final PrecisConfig config;

    StoryResource(StoryQueries queries, StorySummaries summaries, SummaryOptionsParser optionsParser, PrecisConfig config) {
        this.queries = queries;
        this.summaries = summaries;
        this.optionsParser = optionsParser;
        this.config = config;
    }

    @RolesAllowed("read")
    @GET
    @Operation(summary = "List stories, newest first by their latest article",
            description = "Every stored article belongs to a story: the open story (not yet silent for longer than its own pace allows, "
                    + "at most precis.stories.window after its latest article) whose terms it shares most, or a new one; a near copy joins "
                    + "its original's story. Keyset pagination: pass the `next` of a page as `cursor`, with the same filters. A story that takes a new article moves to the front of the list.")
    @APIResponse(responseCode = "200", description = "One page of stories", content = @Content(schema = @Schema(implementation = StoryPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid limit, language, time, query or cursor (or a cursor of a list with other filters)")
    @APIResponse(responseCode = "503", ref = ProblemResponses.DATABASE_UNAVAILABLE)
    public StoryPage list(@BeanParam StoryListQuery query) {
        int limit = query.pageSize(config.pages());
        return StoryPage.of(queries.list(query.filter(), query.cursor, limit));
    }

    @RolesAllowed("read")
    @GET
    @Path("/{id}")
    @Operation(summary = "Read a story with its articles")
    @APIResponse(responseCode = "200", description = "The story and its newest articles",
            content = @Content(schema = @Schema(implementation = StoryDetailResponse.class)))
    @APIResponse(responseCode = "400", description = "The id is not a positive whole number")
    @APIResponse(responseCode = "404", ref = ProblemResponses.STORY_NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ProblemResponses.DATABASE_UNAVAILABLE)
    public StoryDetailResponse get(@Parameter(description = "Story id", example = "5") @PathParam("id") String id) {
        long storyId = parseId(id);
        return queries.find(storyId).map(StoryDetailResponse::of).orElseThrow(() -> notFound(storyId));
    }

    @RolesAllowed("read")
    @GET
    @Path("/{id}/summary")
    @Operation(summary = "Summarize a story",
            description = "One extractive summary across the story's latest originals (near copies add nothing), after MEAD: sentences that "
                    + "tell what many of its articles say, early in their article, leaving out repeats. Each sentence names its article and "
                    + "its offsets in that article's text. Kept per story version, so asking again is cheap until the story changes.")
    @APIResponse(responseCode = "200", description = "The summary", content = @Content(schema = @Schema(implementation = StorySummaryResponse.class)))
    @APIResponse(responseCode = "400", description = "An invalid id, sentences or maxWords, or both of them")
    @APIResponse(responseCode = "404", ref = ProblemResponses.STORY_NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ProblemResponses.DATABASE_UNAVAILABLE)
    public StorySummaryResponse summary(@Parameter(description = "Story id", example = "5") @PathParam("id") String id,
            @Parameter(description = "Sentences in the summary, 1 to precis.summary.max-sentences; default precis.summary.default-sentences")
            @QueryParam("sentences") String sentences,
            @Parameter(description = "Longest summary in words, instead of sentences") @QueryParam("maxWords") String maxWords) {
        long storyId = parseId(id);
        SummaryOptionsInput length = new SummaryOptionsInput();
        length.sentences = sentences;
        length.maxWords = maxWords;
        return summaries.summarize(storyId, optionsParser.parseLength(length)).map(StorySummaryResponse::of)
                .orElseThrow(() -> notFound(storyId));
    }

    private static long parseId(String id) {
        // ASCII digits only: Long.parseLong would also take other scripts' digits and a sign
        if (id.isEmpty() || id.length() > 18 || !id.chars().allMatch(c -> c >= '0' && c <= '9') || Long.parseLong(id) < 1) {
            throw new InvalidRequestException("id", "must be a positive whole number");
        }
        return Long.parseLong(id);
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("No story with id " + id);
    }
}
