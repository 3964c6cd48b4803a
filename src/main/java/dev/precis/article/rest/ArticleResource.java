package dev.precis.article.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.precis.PrecisConfig;
import dev.precis.article.rest.ArticleRequestReader.Submission;
import dev.precis.article.service.ArticleQueries;
import dev.precis.article.service.ArticleWriter;
import dev.precis.article.service.EntityTags;
import dev.precis.problem.InvalidRequestException;
import dev.precis.problem.ProblemResponses;
import dev.precis.submission.ListParameters;
import dev.precis.submission.SearchQuery;
import dev.precis.submission.SummaryOptionsInput;
import dev.precis.submission.SummaryOptionsParser;
import dev.precis.summaries.rest.SummaryResponse;
import dev.precis.summary.SummaryOptions;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Store articles with their summaries and read them back")
public class ArticleResource {

    private static final String CREATED = "Stored; Location names the new article";
    private static final String FOUND = "The article named by externalId or url, updated or unchanged; or the text was already stored: the existing article";
    private static final String TEXT_OF_ANOTHER = "The named article would take a text stored as another article";

    private final ArticleWriter writer;
    private final ArticleQueries queries;
    private final ArticleRequestReader requests;
    private final ArticleBatch batch;
    private final ArticlePages pages;
    private final SummaryOptionsParser optionsParser;
    private final PrecisConfig config;

    ArticleResource(ArticleWriter writer, ArticleQueries queries, ArticleRequestReader requests, ArticleBatch batch, ArticlePages pages,
            SummaryOptionsParser optionsParser, PrecisConfig config) {
        this.writer = writer;
        this.queries = queries;
        this.requests = requests;
        this.batch = batch;
        this.pages = pages;
        this.optionsParser = optionsParser;
        this.config = config;
    }

    @RolesAllowed("write")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store an article with its summary",
            description = "An article named by its externalId (or, without one, its url) that is already stored takes the new text and is "
                    + "summarized again (200, updatedAt moves); with the same text nothing changes (200). Otherwise a text already stored "
                    + "(same normalized text, under any identity) creates nothing and returns the stored article with 200.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleRequest.class),
            examples = @ExampleObject(name = "article", value = "{\"title\": \"Council approves budget\", \"source\": \"example-news\", "
                    + "\"url\": \"https://news.example.com/budget\", \"publishedAt\": \"2024-05-03T09:30:00Z\", "
                    + "\"text\": \"The city council approved the new budget on Monday. It raises spending on schools by ten percent. "
                    + "Critics said the plan leaves roads underfunded.\", \"sentences\": 2}")))
    @APIResponse(responseCode = "201", description = CREATED, content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "200", description = FOUND, content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "409", description = TEXT_OF_ANOTHER)
    @APIResponse(responseCode = "400", description = "Neither or both of text and html, blank text, malformed JSON or invalid options")
    @APIResponse(responseCode = "413", ref = ProblemResponses.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.NO_WRITE_SCOPE)
    @APIResponse(responseCode = "503", ref = ProblemResponses.DATABASE_UNAVAILABLE)
    @APIResponse(responseCode = "422", ref = ProblemResponses.PAGE_WITHOUT_ARTICLE)
    public Response store(@Valid @NotNull ArticleRequest request, @Context UriInfo uriInfo) {
        return created(store(requests.read(request)), uriInfo);
    }

    @RolesAllowed("write")
    @POST
    @Consumes(MediaType.TEXT_HTML)
    @Operation(summary = "Store an article from its HTML page",
            description = "The page's main text is extracted and stored; its title, canonical URL and publication time stand in for "
                    + "the query parameters left out. An article named by its externalId or url takes a changed text (200); a text already "
                    + "stored creates nothing and returns the stored article with 200.")
    @RequestBody(content = @Content(mediaType = MediaType.TEXT_HTML, examples = @ExampleObject(name = "page",
            value = "<html><head><title>Council approves budget</title><link rel=\"canonical\" href=\"https://news.example.com/budget\"></head>"
                    + "<body><nav>Home | News</nav><article><p>The city council approved the new budget on Monday.</p>"
                    + "<p>It raises spending on schools by ten percent.</p></article></body></html>")))
    @APIResponse(responseCode = "201", description = CREATED, content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "200", description = FOUND, content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "409", description = TEXT_OF_ANOTHER)
    @APIResponse(responseCode = "400", description = "Blank page, invalid metadata or options")
    @APIResponse(responseCode = "422", ref = ProblemResponses.PAGE_WITHOUT_ARTICLE)
    @APIResponse(responseCode = "413", ref = ProblemResponses.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.NO_WRITE_SCOPE)
    @APIResponse(responseCode = "503", ref = ProblemResponses.DATABASE_UNAVAILABLE)
    public Response storeHtml(String html, @Context UriInfo uriInfo,
            @Parameter(description = "Headline; the page's title when left out") @QueryParam("title") String title,
            @Parameter(description = "Address of the article; the page's canonical URL when left out") @QueryParam("url") String url,
            @Parameter(description = "The sender's own id for the article; posting it again with a changed page updates the article") @QueryParam("externalId") String externalId,
            @Parameter(description = "Where the article comes from") @QueryParam("source") String source,
            @Parameter(description = "Publication time, ISO 8601 with offset; the page's when left out") @QueryParam("publishedAt") String publishedAt,
            @BeanParam SummaryOptionsInput options) {
        ArticleRequest request = new ArticleRequest(null, html == null ? "" : html, title, url, externalId, source,
                ListParameters.time("publishedAt", publishedAt), options);
        return created(store(requests.readUnvalidated(request)), uriInfo);
    }

    @RolesAllowed("write")
    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store up to 100 articles in one request",
            description = "Each article is read, checked and stored on its own, exactly as by POST /api/v1/articles (the articles "
                    + "are written a few to a transaction, each with its own outcome): an invalid item is answered with its problem and "
                    + "never keeps the others from being stored. The results are in the order of the items. The whole request is refused "
                    + "(400) only when it is not a JSON object with 1 to precis.batch.max-items articles, and answered with 503 when the "
                    + "database is away for every item or when the batch cannot be written in its turn (precis.batch.max-concurrent "
                    + "at once, precis.batch.max-waiting waiting at most precis.batch.max-wait).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleBatchRequest.class),
            examples = @ExampleObject(name = "batch", value = "{\"articles\": [{\"externalId\": \"feed-7:1001\", \"source\": \"example-news\", "
                    + "\"url\": \"https://news.example.com/budget\", \"text\": \"The city council approved the new budget on Monday. "
                    + "It raises spending on schools by ten percent.\"}, {\"externalId\": \"feed-7:1002\", \"text\": \"\"}]}")))
    @APIResponse(responseCode = "200", description = "One result per item, in order", content = @Content(schema = @Schema(implementation = ArticleBatchResponse.class)))
    @APIResponse(responseCode = "400", description = "Not a batch: malformed JSON, no articles array, or more than precis.batch.max-items items")
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.NO_WRITE_SCOPE)
    @APIResponse(responseCode = "413", description = "Body over precis.batch.max-body-size")
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "503", description = "The database cannot be reached, or the replica's batches being written and "
            + "waiting leave no turn for this one in time; nothing was stored: send it again after Retry-After seconds")
    public ArticleBatchResponse storeBatch(@NotNull ArticleBatchRequest request, @Context UriInfo uriInfo) {
        return batch.ingest(request, uriInfo.getRequestUri().getRawPath());
    }

    @RolesAllowed("write")
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an article",
            description = "The article takes the request's text, metadata and summary options, and is summarized again; its id, createdAt "
                    + "and, when the request gives none, externalId stay. Replacing it with exactly what is stored changes nothing. "
                    + "With If-Match, the article is replaced only while it still has that entity tag.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleRequest.class)))
    @APIResponse(responseCode = "200", description = "The article as stored now, with its new ETag", content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "400", description = "An invalid id, body or options")
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.NO_WRITE_SCOPE)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The text is already stored as another article, or the externalId belongs to another article")
    @APIResponse(responseCode = "412", description = "If-Match names another version of the article")
    @APIResponse(responseCode = "413", ref = ProblemResponses.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ProblemResponses.PAGE_WITHOUT_ARTICLE)
    @APIResponse(responseCode = "503", ref = ProblemResponses.DATABASE_UNAVAILABLE)
    public Response replace(@Parameter(description = "Article id", example = "42") @PathParam("id") String id,
            @Valid @NotNull ArticleRequest request,
            @Parameter(description = "Replace only while the article has this entity tag") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long articleId = parseId(id);
        Submission submission = requests.read(request);
        ArticleResponse stored = writer.replace(articleId, submission.article(), submission.options(), ifMatch)
                .map(replaced -> ArticleResponse.of(replaced.article()))
                .orElseThrow(() -> notFound(articleId));
        return Response.ok(stored).tag(entityTag(stored)).build();
    }

    private ArticleWriter.Stored store(Submission submission) {
        return writer.store(submission.article(), submission.options());
    }

    private static Response created(ArticleWriter.Stored stored, UriInfo uriInfo) {
        ArticleResponse article = ArticleResponse.of(stored.article());
        if (!stored.created()) {
            return Response.ok(article).tag(entityTag(article)).build();
        }
        // a path reference (RFC 9110 allows one): the client's Host header, which anyone can set,
        // never becomes part of an answer; behind a proxy the path is what the client asked for
        String location = uriInfo.getBaseUriBuilder().path(ArticleResource.class).path(Long.toString(article.id())).build().getRawPath();
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, location).entity(article).tag(entityTag(article)).build();
    }

    @RolesAllowed("read")
    @GET
    @Path("/{id}")
    @Operation(summary = "Read an article with its summary",
            description = "The answer carries the article's ETag; with If-None-Match naming it, the answer is 304 without a body. HEAD answers the headers alone.")
    @APIResponse(responseCode = "200", description = "The article", content = @Content(schema = @Schema(implementation = ArticleResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "Entity tag of the article; it changes whenever the article does", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "The article still has a tag named by If-None-Match",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "The id is not a number")
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ProblemResponses.DATABASE_UNAVAILABLE)
    public Response get(@Parameter(description = "Article id", example = "42") @PathParam("id") String id,
            @Parameter(description = "Entity tags of versions the client holds: 304 when the article still has one") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        long articleId = parseId(id);
        ArticleResponse article = queries.find(articleId).map(ArticleResponse::of).orElseThrow(() -> notFound(articleId));
        if (EntityTags.matchesWeakly(ifNoneMatch, article.etag())) {
            return Response.notModified(entityTag(article)).build();
        }
        return Response.ok(article).tag(entityTag(article)).build();
    }

    @RolesAllowed("read")
    @GET
    @Operation(summary = "List stored articles, newest first or by relevance",
            description = "Keyset pagination: pass the `next` of a page as `cursor`, with the same filters, to get the following page. "
                    + "Pages neither repeat nor skip an article while others are stored. Without `q` the list is newest first "
                    + "(by createdAt); with `q` it is ordered by full-text rank in each article's own language, best first. "
                    + "Items carry each article's metadata and summary; its text only with `fields=text` (or at the article's own URL). "
                    + "A page answers at most precis.pages.max-bytes (1,000,000 bytes): a page of long articles holds fewer than `limit`, "
                    + "and `next` goes on from there.")
    @APIResponse(responseCode = "200", description = "One page of articles", content = @Content(schema = @Schema(implementation = ArticlePage.class)))
    @APIResponse(responseCode = "400", description = "Invalid limit, fields, language, time, query (over 500 characters or "
            + SearchQuery.MAX_WORDS + " words) or cursor (or a cursor of a list with other filters)")
    @APIResponse(responseCode = "503", ref = ProblemResponses.DATABASE_UNAVAILABLE)
    public ArticlePage list(@BeanParam ArticleListQuery query) {
        int limit = query.pageSize(config.pages());
        boolean withText = query.withText();
        long maxBytes = config.pages().maxBytes().asLongValue();
        return pages.fit(queries.list(query.filter(), query.cursor, limit, withText, maxBytes), maxBytes);
    }

    @RolesAllowed("read")
    @GET
    @Path("/{id}/summary")
    @Operation(summary = "Summarize a stored article again with other options",
            description = "Summarizes the stored text with the options given (the defaults of POST /api/v1/summaries for those left out); "
                    + "nothing stored changes. Keywords use the corpus statistics as they are now.")
    @APIResponse(responseCode = "200", description = "The summary", content = @Content(schema = @Schema(implementation = SummaryResponse.class)))
    @APIResponse(responseCode = "400", description = "An invalid id or options")
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ProblemResponses.DATABASE_UNAVAILABLE)
    public SummaryResponse summarizeAgain(@Parameter(description = "Article id", example = "42") @PathParam("id") String id,
            @BeanParam SummaryOptionsInput options) {
        long articleId = parseId(id);
        SummaryOptions parsed = optionsParser.parse(options);
        return queries.summarizeAgain(articleId, parsed).map(SummaryResponse::of).orElseThrow(() -> notFound(articleId));
    }

    @RolesAllowed("admin")
    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an article and its summary")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "The id is not a number")
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "The API key lacks the admin scope")
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ProblemResponses.DATABASE_UNAVAILABLE)
    public Response delete(@PathParam("id") String id) {
        long articleId = parseId(id);
        if (!writer.delete(articleId)) {
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

    /** The article's entity tag, as JAX-RS writes it (quoted, strong). */
    private static EntityTag entityTag(ArticleResponse article) {
        String quoted = article.etag();
        return new EntityTag(quoted.substring(1, quoted.length() - 1));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("No article with id " + id);
    }
}
