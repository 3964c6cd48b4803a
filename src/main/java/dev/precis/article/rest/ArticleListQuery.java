package dev.precis.article.rest;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.precis.PrecisConfig;
import dev.precis.article.ArticleFilter;
import dev.precis.problem.InvalidRequestException;
import dev.precis.submission.ListParameters;
import dev.precis.submission.SearchQuery;

/** The query parameters of the article list, read as text so that a malformed one is a 400 that names it. */
public class ArticleListQuery {

    @QueryParam("limit")
    @Parameter(description = "Articles per page, from 1 to precis.pages.max-limit (100 unless configured); default precis.pages.default-limit (20)")
    public String limit;

    @QueryParam("cursor")
    @Parameter(description = "The `next` value of the previous page")
    public String cursor;

    @QueryParam("source")
    @Parameter(description = "Only articles from this source")
    public String source;

    @QueryParam("language")
    @Parameter(description = "Only articles in this language (ISO 639-1 code)", example = "en")
    public String language;

    @QueryParam("since")
    @Parameter(description = "Only articles published at or after this time (ISO 8601 with offset); articles without publishedAt are left out",
            example = "2024-05-01T00:00:00Z")
    public String since;

    @QueryParam("until")
    @Parameter(description = "Only articles published before this time (ISO 8601 with offset)", example = "2024-06-01T00:00:00Z")
    public String until;

    @QueryParam("q")
    @Parameter(description = "Full-text query in web search syntax: words, \"quoted phrases\", or, -excluded; matched in the title and "
            + "text with the stemming of each article's language; at most 500 characters and " + SearchQuery.MAX_WORDS + " words",
            example = "budget schools")
    public String q;

    @QueryParam("fields")
    @Parameter(description = "Fields to add to each item, comma separated: text (the stored text, left out of lists by default). "
            + "A page with texts holds as many articles as fit its byte budget", example = "text")
    public String fields;

    /** The page size asked for, or the default; within the configured limits. */
    int pageSize(PrecisConfig.Pages pages) {
        return ListParameters.pageSize(limit, pages);
    }

    /** Whether the items carry their texts ({@code fields=text}); no field, or a blank value, adds nothing. */
    boolean withText() {
        boolean text = false;
        if (fields != null) {
            for (String field : fields.split(",")) {
                String name = field.strip();
                if (name.equals("text")) {
                    text = true;
                } else if (!name.isEmpty()) {
                    throw new InvalidRequestException("fields", "must be a comma-separated list of fields to add: text");
                }
            }
        }
        return text;
    }

    /** The filters, checked. */
    ArticleFilter filter() {
        ListParameters.Filters filters = ListParameters.filters(source, language, since, until, q);
        return new ArticleFilter(filters.source(), filters.language(), filters.since(), filters.until(), filters.query());
    }
}
