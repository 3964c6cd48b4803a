package dev.precis.summary.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.precis.problem.Problem;
import dev.precis.summary.service.SummaryService;

@Path("/api/v1/summaries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Summaries", description = "Summarize text without storing it")
public class SummaryResource {

    private static final String EXAMPLE_TEXT = "The city council approved the new budget on Monday. "
            + "It raises spending on schools by ten percent. Critics said the plan leaves roads underfunded. "
            + "The mayor will sign the budget next week.";

    private final SummaryService summaries;
    private final SummaryOptionsParser options;

    SummaryResource(SummaryService summaries, SummaryOptionsParser options) {
        this.summaries = summaries;
        this.options = options;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Summarize a JSON article", description = "Returns the most important sentences in article order; nothing is stored.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummarizeRequest.class),
            examples = @ExampleObject(name = "article", value = "{\"title\": \"Council approves budget\", \"text\": \"" + EXAMPLE_TEXT + "\", \"sentences\": 2}")))
    @APIResponse(responseCode = "200", description = "The summary", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummaryResponse.class)))
    @APIResponse(responseCode = "400", description = "Blank text, malformed JSON or invalid options", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body over the size limit", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Unsupported content type", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SummaryResponse summarize(@Valid @NotNull SummarizeRequest request) {
        return SummaryResponse.of(summaries.summarize(request.title(), request.text(), options.parse(request)));
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Summarize plain text", description = "The body is the article; options are query parameters.")
    @RequestBody(content = @Content(mediaType = MediaType.TEXT_PLAIN, examples = @ExampleObject(name = "article", value = EXAMPLE_TEXT)))
    @APIResponse(responseCode = "200", description = "The summary", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummaryResponse.class)))
    @APIResponse(responseCode = "400", description = "Blank text or invalid options", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body over the size limit", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SummaryResponse summarizePlain(String text,
            @Parameter(description = "Headline of the article") @QueryParam("title") String title,
            @Parameter(description = "Sentences in the summary (default precis.summary.default-sentences, 3)") @QueryParam("sentences") String sentences,
            @Parameter(description = "Fraction of the article's sentences") @QueryParam("ratio") String ratio,
            @Parameter(description = "Word budget") @QueryParam("maxWords") String maxWords,
            @Parameter(description = "news-centrality (default), textrank, lexrank, luhn or lead") @QueryParam("algorithm") String algorithm,
            @Parameter(description = "Leave out quotations while enough other sentences remain") @QueryParam("avoidQuotes") String avoidQuotes,
            @Parameter(description = "Leave out questions while enough other sentences remain") @QueryParam("avoidQuestions") String avoidQuestions,
            @Parameter(description = "How many keywords to return (default 5)") @QueryParam("keywords") String keywords) {
        SummarizeRequest request = new SummarizeRequest(text, title,
                SummaryOptionsParser.intParam("sentences", sentences),
                SummaryOptionsParser.doubleParam("ratio", ratio),
                SummaryOptionsParser.intParam("maxWords", maxWords),
                algorithm,
                SummaryOptionsParser.booleanParam("avoidQuotes", avoidQuotes),
                SummaryOptionsParser.booleanParam("avoidQuestions", avoidQuestions),
                SummaryOptionsParser.intParam("keywords", keywords));
        return SummaryResponse.of(summaries.summarize(request.title(), request.text(), options.parse(request)));
    }
}
