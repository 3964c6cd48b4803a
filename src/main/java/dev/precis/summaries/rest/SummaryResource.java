package dev.precis.summaries.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.precis.problem.InvalidRequestException;
import dev.precis.problem.ProblemResponses;
import dev.precis.submission.SubmissionReader;
import dev.precis.submission.SubmissionReader.SubmittedArticle;
import dev.precis.submission.SummaryOptionsInput;
import dev.precis.submission.SummaryOptionsParser;
import dev.precis.summaries.service.SummaryService;
import dev.precis.summary.MultiDocumentSummarizer;
import dev.precis.summary.SummaryOptions;

@Path("/api/v1/summaries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Summaries", description = "Summarize text without storing it")
public class SummaryResource {

    private static final String EXAMPLE_TEXT = "The city council approved the new budget on Monday. "
            + "It raises spending on schools by ten percent. Critics said the plan leaves roads underfunded. "
            + "The mayor will sign the budget next week.";
    private static final String EXAMPLE_PAGE = "<html><head><title>Council approves budget</title></head><body><nav>Home | News</nav>"
            + "<article><p>The city council approved the new budget on Monday.</p><p>It raises spending on schools by ten percent.</p>"
            + "<p>The mayor will sign the budget next week.</p></article></body></html>";

    private static final String TITLE = "Headline of the article; for a page, the page's title when left out";

    private final SummaryService summaries;
    private final SubmissionReader reader;
    private final SummaryOptionsParser options;

    SummaryResource(SummaryService summaries, SubmissionReader reader, SummaryOptionsParser options) {
        this.summaries = summaries;
        this.reader = reader;
        this.options = options;
    }

    @RolesAllowed("read")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Summarize a JSON article", description = "Returns the most important sentences in article order; nothing is stored.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummarizeRequest.class),
            examples = @ExampleObject(name = "article", value = "{\"title\": \"Council approves budget\", \"text\": \"" + EXAMPLE_TEXT + "\", \"sentences\": 2}")))
    @APIResponse(responseCode = "200", description = "The summary: a Summary for text or html, a DocumentsSummary for documents",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = { SummaryResponse.class, DocumentsSummaryResponse.class })))
    @APIResponse(responseCode = "400", description = "Not exactly one of text, html and documents, blank text, 1 or more than 50 documents, "
            + "malformed JSON or invalid options")
    @APIResponse(responseCode = "413", ref = ProblemResponses.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ProblemResponses.PAGE_WITHOUT_ARTICLE)
    public Response summarize(@Valid @NotNull SummarizeRequest request) {
        if (request.documents() != null) {
            return Response.ok(summarizeDocuments(request)).build();
        }
        SummaryOptions parsed = options.parse(request.options());
        return Response.ok(summarize(request.title(), reader.read(request.text(), request.html()), parsed)).build();
    }

    /** Several articles about one event: each read as a text is, summarized together with the length asked for. */
    private DocumentsSummaryResponse summarizeDocuments(SummarizeRequest request) {
        if (request.text() != null || request.html() != null) {
            throw new InvalidRequestException("documents", "give either documents or one of text and html");
        }
        if (request.title() != null) {
            throw new InvalidRequestException("title", "belongs to each document when documents are given");
        }
        MultiDocumentSummarizer.Options length = options.parseLength(request.options());
        List<MultiDocumentSummarizer.Document> documents = new ArrayList<>();
        for (int i = 0; i < request.documents().size(); i++) {
            DocumentInput document = request.documents().get(i);
            if (document == null) {
                throw new InvalidRequestException("documents[" + i + "]", "must be an object with a text");
            }
            SubmissionReader.rejectUnstorable("documents[" + i + "].title", document.title());
            String text = reader.readText("documents[" + i + "].text", document.text());
            documents.add(new MultiDocumentSummarizer.Document(Integer.toString(i), document.title(), text,
                    document.publishedAt() == null ? null : document.publishedAt().toInstant()));
        }
        return DocumentsSummaryResponse.of(summaries.summarize(documents, length));
    }

    @RolesAllowed("read")
    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Summarize plain text", description = "The body is the article; options are query parameters.")
    @RequestBody(content = @Content(mediaType = MediaType.TEXT_PLAIN, examples = @ExampleObject(name = "article", value = EXAMPLE_TEXT)))
    @APIResponse(responseCode = "200", description = "The summary", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummaryResponse.class)))
    @APIResponse(responseCode = "400", description = "Blank text or invalid options")
    @APIResponse(responseCode = "413", ref = ProblemResponses.PAYLOAD_TOO_LARGE)
    public SummaryResponse summarizePlain(String text, @Parameter(description = TITLE) @QueryParam("title") String title,
            @BeanParam SummaryOptionsInput query) {
        SummaryOptions parsed = options.parse(query);
        return summarize(title, reader.read(text == null ? "" : text, null), parsed);
    }

    @RolesAllowed("read")
    @POST
    @Consumes(MediaType.TEXT_HTML)
    @Operation(summary = "Summarize an HTML page", description = "The body is the article's page: its main text is extracted "
            + "(scripts, styles, navigation, ads and comments left out), and its title stands in when the query gives none. "
            + "Options are query parameters; sentence offsets point into the extracted text, returned as extracted.text.")
    @RequestBody(content = @Content(mediaType = MediaType.TEXT_HTML, examples = @ExampleObject(name = "page", value = EXAMPLE_PAGE)))
    @APIResponse(responseCode = "200", description = "The summary, with what was extracted from the page", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummaryResponse.class)))
    @APIResponse(responseCode = "400", description = "Blank page or invalid options")
    @APIResponse(responseCode = "422", ref = ProblemResponses.PAGE_WITHOUT_ARTICLE)
    public SummaryResponse summarizeHtml(String html, @Parameter(description = TITLE) @QueryParam("title") String title,
            @BeanParam SummaryOptionsInput query) {
        SummaryOptions parsed = options.parse(query);
        return summarize(title, reader.read(null, html == null ? "" : html), parsed);
    }

    /** Summarizes what was read; a page's own title stands in when the request gives none. */
    private SummaryResponse summarize(String title, SubmittedArticle article, SummaryOptions parsed) {
        return SummaryResponse.of(summaries.summarize(title != null ? title : article.title(), article.text(), parsed), article.page());
    }
}
