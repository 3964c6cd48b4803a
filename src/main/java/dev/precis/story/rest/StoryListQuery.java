package dev.precis.story.rest;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.precis.PrecisConfig;
import dev.precis.story.StoryFilter;
import dev.precis.submission.ListParameters;
import dev.precis.submission.SearchQuery;

/** The query parameters of the story list, read as text so that a malformed one is a 400 that names it. */
public class StoryListQuery {

    @QueryParam("limit")
    @Parameter(description = "Stories per page, from 1 to precis.pages.max-limit (100 unless configured); default precis.pages.default-limit (20)")
    public String limit;

    @QueryParam("cursor")
    @Parameter(description = "The `next` value of the previous page")
    public String cursor;

    @QueryParam("source")
    @Parameter(description = "Only stories with an article from this source")
    public String source;

    @QueryParam("language")
    @Parameter(description = "Only stories in this language (ISO 639-1 code)", example = "en")
    public String language;

    @QueryParam("since")
    @Parameter(description = "Only stories with their latest article at or after this time (ISO 8601 with offset); an article's time is "
            + "its publishedAt, else when it was stored", example = "2024-05-01T00:00:00Z")
    public String since;

    @QueryParam("until")
    @Parameter(description = "Only stories with their first article before this time (ISO 8601 with offset)", example = "2024-06-01T00:00:00Z")
    public String until;

    @QueryParam("q")
    @Parameter(description = "Only stories with an article matching this full-text query (web search syntax, matched in each article's "
            + "own language as for the article list; at most 500 characters and " + SearchQuery.MAX_WORDS + " words)", example = "flood")
    public String q;

    /** The page size asked for, or the default; within the configured limits. */
    int pageSize(PrecisConfig.Pages pages) {
        return ListParameters.pageSize(limit, pages);
    }

    /** The filters, checked. */
    StoryFilter filter() {
        ListParameters.Filters filters = ListParameters.filters(source, language, since, until, q);
        return new StoryFilter(filters.source(), filters.language(), filters.since(), filters.until(), filters.query());
    }
}
