package dev.precis.article.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.precis.article.Article;
import dev.precis.article.ArticleFilter;
import dev.precis.article.ArticlePosition;
import dev.precis.article.ListedArticle;
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

    /**
     * One page of a list: its articles in order, each with the cursor that continues the list
     * right after it, and the cursor of the next page ({@code null} on the last).
     */
    public record Page(List<Entry> entries, String next) {
    }

    /** An article of a page, and the cursor of the list after it. */
    public record Entry(ListedArticle article, String after) {
    }

    /** The article with its summary. */
    public Optional<Article> find(long id) {
        return Article.findWithSummary(id);
    }

    /**
     * One page of the stored articles the filter shows: newest first, or by relevance when it has
     * a query (see {@link Article#page}), after the position {@code cursor} names. The page holds
     * at most {@code limit} articles, and no more than weigh {@code maxBytes} as stored (their
     * summaries, and their texts when asked for), the first always: a page of long articles ends
     * early, with a cursor to go on, and what is read from the database stays within the budget.
     *
     * @param cursor the {@code next} of the previous page of the same list, or {@code null} for the first
     * @param withText whether the articles carry their texts
     * @throws dev.precis.problem.InvalidRequestException when the cursor is not one of this list's
     */
    public Page list(ArticleFilter filter, String cursor, int limit, boolean withText, long maxBytes) {
        ArticlePosition after = cursor == null || cursor.isBlank() ? null : PageCursor.decode(cursor, filter);
        // one row more than the page tells whether a next page exists
        List<Article.Hit> hits = Article.page(filter, after, limit + 1);
        List<Article.Hit> shown = withinBudget(hits.subList(0, Math.min(limit, hits.size())), withText, maxBytes);
        List<Long> ids = shown.stream().map(Article.Hit::id).toList();
        List<ListedArticle> articles = Article.listed(ids);
        if (withText) {
            Map<Long, String> texts = Article.texts(ids);
            // an article deleted between the two reads is left out
            articles = articles.stream().filter(a -> texts.containsKey(a.id())).map(a -> a.withText(texts.get(a.id()))).toList();
        }
        Map<Long, Article.Hit> hitsById = new HashMap<>();
        shown.forEach(hit -> hitsById.put(hit.id(), hit));
        List<Entry> entries = new ArrayList<>();
        for (ListedArticle article : articles) {
            entries.add(new Entry(article, PageCursor.encode(position(hitsById.get(article.id()), filter), filter)));
        }
        String next = hits.size() > shown.size() ? PageCursor.encode(position(shown.get(shown.size() - 1), filter), filter) : null;
        return new Page(entries, next);
    }

    /** The first hits whose stored sizes add up to at most {@code maxBytes}, and at least the first. */
    private static List<Article.Hit> withinBudget(List<Article.Hit> hits, boolean withText, long maxBytes) {
        Map<Long, Article.StoredSize> sizes = Article.storedSizes(hits.stream().map(Article.Hit::id).toList());
        long total = 0;
        for (int i = 0; i < hits.size(); i++) {
            Article.StoredSize size = sizes.get(hits.get(i).id());
            if (size != null) {
                // the summary's sentences are answered twice: one by one, and joined as the summary
                total += 2 * size.summary() + (withText ? size.text() : 0);
            }
            if (i > 0 && total > maxBytes) {
                return hits.subList(0, i);
            }
        }
        return hits;
    }

    private static ArticlePosition position(Article.Hit hit, ArticleFilter filter) {
        return filter.ranked() ? ArticlePosition.ranked(hit.rank(), hit.id()) : ArticlePosition.newestFirst(hit.createdAt(), hit.id());
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
