package dev.precis.article.service;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.precis.article.Article;
import dev.precis.article.ArticleFilter;
import dev.precis.article.ArticlePosition;
import dev.precis.summaries.service.SummaryService;
import dev.precis.summary.SummaryOptions;
import dev.precis.summary.SummaryResult;

/** Reads stored articles: one by id, pages of a filtered list, and a stored article summarized again. Nothing here writes. */
@ApplicationScoped
public class ArticleQueries {

    private final SummaryService summaries;

    ArticleQueries(SummaryService summaries) {
        this.summaries = summaries;
    }

    /** One page of a list, and the cursor of the next page ({@code null} on the last). */
    public record Page(List<Article> articles, String next) {
    }

    /** The article with its summary. */
    public Optional<Article> find(long id) {
        return Article.findWithSummary(id);
    }

    /**
     * One page of the stored articles the filter shows: newest first, or by relevance when it has
     * a query (see {@link Article#page}), after the position {@code cursor} names.
     *
     * @param cursor the {@code next} of the previous page of the same list, or {@code null} for the first
     * @throws dev.precis.problem.InvalidRequestException when the cursor is not one of this list's
     */
    public Page list(ArticleFilter filter, String cursor, int limit) {
        ArticlePosition after = cursor == null || cursor.isBlank() ? null : PageCursor.decode(cursor, filter);
        // one row more than the page tells whether a next page exists
        List<Article.Hit> hits = Article.page(filter, after, limit + 1);
        List<Article.Hit> shown = hits.subList(0, Math.min(limit, hits.size()));
        List<Article> page = Article.withSummaries(shown.stream().map(Article.Hit::id).toList());
        String next = null;
        if (hits.size() > limit) {
            Article.Hit last = shown.get(shown.size() - 1);
            ArticlePosition position = filter.ranked() ? ArticlePosition.ranked(last.rank(), last.id())
                    : ArticlePosition.newestFirst(last.createdAt(), last.id());
            next = PageCursor.encode(position, filter);
        }
        return new Page(page, next);
    }

    /**
     * Summarizes a stored article again with other options; nothing stored changes.
     *
     * @return empty when there is no article {@code id}
     */
    public Optional<SummaryResult> summarizeAgain(long id, SummaryOptions options) {
        Article article = Article.findById(id);
        if (article == null) {
            return Optional.empty();
        }
        return Optional.of(summaries.summarize(article.title, article.text, options));
    }
}
