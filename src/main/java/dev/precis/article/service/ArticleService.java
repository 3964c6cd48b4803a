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
import dev.precis.summary.service.ArticleReader;
import dev.precis.summary.service.ArticleReader.SubmittedArticle;
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

    /** The limits the request's own title and url have, for the ones a page supplies. */
    private static final int MAX_TITLE = 1000;
    private static final int MAX_URL = 2048;

    private final SummaryService summaries;
    private final ArticleReader reader;
    private final SummaryOptionsParser optionsParser;
    private final PrecisConfig config;
    private final EntityManager entityManager;
    private final CorpusStatistics corpus;
    private final Counter stored;

    ArticleService(SummaryService summaries, ArticleReader reader, SummaryOptionsParser optionsParser, PrecisConfig config,
            EntityManager entityManager, CorpusStatistics corpus, MeterRegistry registry) {
        this.summaries = summaries;
        this.reader = reader;
        this.corpus = corpus;
        this.optionsParser = optionsParser;
        this.config = config;
        this.entityManager = entityManager;
        this.stored = Counter.builder("precis.articles.stored").description("Articles stored with their summary").register(registry);
    }

    /** The outcome of a store: the article, and whether this call created it. */
    public record Stored(ArticleResponse article, boolean created) {
    }

    /** What is stored of an article: the request's metadata, or the page's where the request gives none. */
    record NewArticle(String title, String text, String format, String url, String source, Instant publishedAt) {
    }

    /**
     * Stores an article given as text or as an HTML page (whose extracted text is what is stored,
     * so the summary's offsets point into the stored text), with its summary.
     */
    public Stored store(ArticleRequest request) {
        rejectNul("title", request.title());
        rejectNul("url", request.url());
        rejectNul("source", request.source());
        SummaryOptions options = optionsParser.parse(request);
        SubmittedArticle submitted = reader.read(request.text(), request.html());
        NewArticle article = new NewArticle(
                request.title() != null ? request.title() : limit(submitted.title(), MAX_TITLE),
                submitted.text(),
                submitted.fromHtml() ? "html" : "text",
                request.url() != null ? request.url() : fitting(submitted.url(), MAX_URL),
                request.source(),
                request.publishedAt() != null ? request.publishedAt().toInstant() : submitted.publishedAt());
        String fingerprint = TextFingerprint.of(article.text());
        // summarized before the transaction, so a connection is held only for the inserts; a text
        // already stored is found inside it (summarizing it again costs less than asking first)
        SummaryResult result = summaries.summarize(article.title(), article.text(), options);
        Stored outcome = QuarkusTransaction.requiringNew().call(() -> insertUnlessStored(article, fingerprint, options, result));
        if (outcome.created()) {
            stored.increment();
        }
        return outcome;
    }

    /**
     * Inserts the article and its summary in one transaction. An advisory lock on the fingerprint
     * makes concurrent posts of the same text wait for each other, so exactly one inserts and the
     * others find its row; the unique index on the hash stays as the last guard. The look-up is a
     * statement of its own, after the lock: a statement sees what was committed before it began.
     */
    Stored insertUnlessStored(NewArticle request, String fingerprint, SummaryOptions options, SummaryResult result) {
        Article.lockText(TextFingerprint.lockKey(fingerprint));
        Optional<Article> existing = Article.idByTextHash(fingerprint).flatMap(Article::findWithSummary);
        if (existing.isPresent()) {
            return new Stored(ArticleResponse.of(existing.get()), false);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Article article = new Article();
        article.title = request.title();
        article.text = request.text();
        article.format = request.format();
        article.url = request.url();
        article.source = request.source();
        article.publishedAt = request.publishedAt() == null ? null : request.publishedAt().truncatedTo(ChronoUnit.MICROS);
        article.language = result.language();
        article.createdAt = now;
        article.textHash = fingerprint;
        Summary summary = new Summary();
        summary.article = article;
        summary.algorithm = result.algorithm();
        summary.language = result.language();
        summary.languageDetected = result.languageDetected();
        summary.cleaning = result.cleaning();
        summary.options = describe(options);
        summary.sentences = result.sentences().stream().map(ArticleService::stored).toList();
        summary.keywords = result.keywords().stream().map(k -> new Summary.StoredKeyword(k.word(), k.weight())).toList();
        summary.sentenceCount = result.sentenceCount();
        summary.wordCount = result.wordCount();
        summary.createdAt = now;
        article.summary = summary;
        article.persist();
        corpus.record(article.language, result.documentTerms().stream().sorted().toList(), +1);
        return new Stored(ArticleResponse.of(article), true);
    }

    public Optional<ArticleResponse> find(long id) {
        return Article.findWithSummary(id).map(ArticleResponse::of);
    }

    public ArticlePage list(String cursor, Integer limit, String source) {
        rejectNul("source", source);
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

    /** PostgreSQL text cannot hold NUL; a field that has one is refused rather than altered. */
    private static void rejectNul(String field, String value) {
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw new InvalidRequestException(field, "must not contain NUL characters");
        }
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
        if (options.language() != null) {
            map.put("language", options.language().code());
        }
        return map;
    }

    private static String limit(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    /** A value from the page that does not fit the column's limit is left out rather than cut into something wrong. */
    private static String fitting(String value, int length) {
        return value == null || value.length() <= length ? value : null;
    }
}
