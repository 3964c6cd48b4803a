package dev.precis.article.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.precis.PrecisConfig;
import dev.precis.article.Article;
import dev.precis.article.ArticlePosition;
import dev.precis.article.Summary;
import dev.precis.article.rest.ArticlePage;
import dev.precis.article.rest.ArticleRequest;
import dev.precis.article.rest.ArticleResponse;
import dev.precis.corpus.CorpusStatistics;
import dev.precis.problem.InvalidRequestException;
import dev.precis.summary.ScoredSentence;
import dev.precis.summary.SummaryOptions;
import dev.precis.summary.SummaryResult;
import dev.precis.summary.rest.SummaryOptionsParser;
import dev.precis.summary.service.SummaryService;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Stores articles with their summaries and reads them back. The summary is computed before the
 * transaction opens, so a database connection is held only for the inserts.
 */
@ApplicationScoped
public class ArticleService {

    private final SummaryService summaries;
    private final SummaryOptionsParser optionsParser;
    private final PrecisConfig config;
    private final EntityManager entityManager;
    private final CorpusStatistics corpus;
    private final Counter stored;

    ArticleService(SummaryService summaries, SummaryOptionsParser optionsParser, PrecisConfig config,
            EntityManager entityManager, CorpusStatistics corpus, MeterRegistry registry) {
        this.summaries = summaries;
        this.corpus = corpus;
        this.optionsParser = optionsParser;
        this.config = config;
        this.entityManager = entityManager;
        this.stored = Counter.builder("precis.articles.stored").description("Articles stored with their summary").register(registry);
    }

    /** The outcome of a store: the article, and whether this call created it. */
    public record Stored(ArticleResponse article, boolean created) {
    }

    public Stored store(ArticleRequest request) {
        summaries.checkText(request.text());
        SummaryOptions options = optionsParser.parse(request);
        String fingerprint = TextFingerprint.of(request.text());
        Optional<Article> existing = Article.findByTextHash(fingerprint);
        if (existing.isPresent()) {
            return new Stored(ArticleResponse.of(existing.get()), false);
        }
        SummaryResult result = summaries.summarize(request.title(), request.text(), options);
        Stored outcome = QuarkusTransaction.requiringNew().call(() -> insertUnlessStored(request, fingerprint, options, result));
        if (outcome.created()) {
            stored.increment();
        }
        return outcome;
    }

    /**
     * Inserts the article and its summary in one transaction. An advisory lock on the fingerprint
     * makes concurrent posts of the same text wait for each other, so exactly one inserts and the
     * others find its row; the unique index on the hash stays as the last guard.
     */
    Stored insertUnlessStored(ArticleRequest request, String fingerprint, SummaryOptions options, SummaryResult result) {
        entityManager.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) as locked")
                .setParameter(1, TextFingerprint.lockKey(fingerprint))
                .getSingleResult();
        Optional<Article> existing = Article.findByTextHash(fingerprint);
        if (existing.isPresent()) {
            return new Stored(ArticleResponse.of(existing.get()), false);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Article article = new Article();
        article.title = request.title();
        article.text = request.text();
        article.url = request.url();
        article.source = request.source();
        article.publishedAt = request.publishedAt() == null ? null : request.publishedAt().toInstant().truncatedTo(ChronoUnit.MICROS);
        article.language = result.language();
        article.createdAt = now;
        article.textHash = fingerprint;
        Summary summary = new Summary();
        summary.article = article;
        summary.algorithm = result.algorithm();
        summary.language = result.language();
        summary.options = describe(options);
        summary.sentences = result.sentences().stream().map(ArticleService::stored).toList();
        summary.keywords = result.keywords().stream().map(k -> new Summary.StoredKeyword(k.word(), k.weight())).toList();
        summary.sentenceCount = result.sentenceCount();
        summary.wordCount = result.wordCount();
        summary.createdAt = now;
        article.summary = summary;
        article.persist();
        corpus.record(article.language, result.documentTerms(), +1);
        return new Stored(ArticleResponse.of(article), true);
    }

    public Optional<ArticleResponse> find(long id) {
        return Article.findWithSummary(id).map(ArticleResponse::of);
    }

    public ArticlePage list(String cursor, Integer limit, String source) {
        int pageSize = limit == null ? config.pages().defaultLimit() : limit;
        if (pageSize < 1 || pageSize > config.pages().maxLimit()) {
            throw new InvalidRequestException("limit", "must be between 1 and " + config.pages().maxLimit());
        }
        ArticlePosition after = cursor == null || cursor.isBlank() ? null : PageCursor.decode(cursor);
        // one row more than the page tells whether a next page exists
        List<Article> rows = Article.page(after, source, pageSize + 1);
        List<Article> page = rows.subList(0, Math.min(pageSize, rows.size()));
        String next = null;
        if (rows.size() > pageSize) {
            Article last = page.get(page.size() - 1);
            next = PageCursor.encode(new ArticlePosition(last.createdAt, last.id));
        }
        return new ArticlePage(page.stream().map(ArticleResponse::of).toList(), next);
    }

    /** Deletes an article with its summary, and takes its terms out of the corpus statistics. */
    @Transactional
    public boolean delete(long id) {
        Article article = Article.findById(id);
        if (article == null) {
            return false;
        }
        corpus.record(article.language, summaries.documentTerms(article.title, article.text, article.language), -1);
        article.delete();
        return true;
    }

    private static Summary.StoredSentence stored(ScoredSentence s) {
        return new Summary.StoredSentence(s.index(), s.start(), s.end(), s.score(), s.text());
    }

    private static Map<String, Object> describe(SummaryOptions options) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("algorithm", options.algorithm().id());
        map.put("avoidQuotes", options.avoidQuotes());
        map.put("avoidQuestions", options.avoidQuestions());
        map.put("keywords", options.keywords());
        if (options.sentences() != null) {
            map.put("sentences", options.sentences());
        }
        if (options.ratio() != null) {
            map.put("ratio", options.ratio());
        }
        if (options.maxWords() != null) {
            map.put("maxWords", options.maxWords());
        }
        return map;
    }
}
