package dev.precis.article.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import dev.precis.article.Article;
import dev.precis.article.NewArticle;
import dev.precis.article.Summary;
import dev.precis.corpus.CorpusStatistics;
import dev.precis.event.ArticleEvent;
import dev.precis.event.EventOutbox;
import dev.precis.problem.ConflictException;
import dev.precis.problem.DatabaseFailure;
import dev.precis.problem.PreconditionFailedException;
import dev.precis.stories.NearCopySignature;
import dev.precis.story.service.StoryMembership;
import dev.precis.summaries.service.SummaryService;
import dev.precis.summary.ScoredSentence;
import dev.precis.summary.SummaryOptions;
import dev.precis.summary.SummaryResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The write protocol of stored articles: store, replace and delete, each with its summary, its
 * terms in the corpus statistics and its event, in one transaction. The summary is computed before
 * the transaction opens, so a database connection is held only for the writes; advisory locks
 * (see {@link WriteLocks}) order concurrent writers of one text or one identity.
 *
 * <p>Slightly over 300 lines, on purpose: the three writes share one protocol (look-up under the
 * locks, then insert, update or nothing), and reading it in one file is how a reviewer checks that
 * no path skips a lock, the corpus change or the event.
 */
@ApplicationScoped
public class ArticleWriter {

    private final SummaryService summaries;
    private final EntityManager entityManager;
    private final CorpusStatistics corpus;
    private final EventOutbox events;
    private final NearCopyFinder nearCopies;
    private final NearCopyGate gate = new NearCopyGate();
    private final StoryMembership stories;
    private final Counter stored;

    ArticleWriter(SummaryService summaries, EntityManager entityManager, CorpusStatistics corpus, EventOutbox events, NearCopyFinder nearCopies,
            StoryMembership stories, MeterRegistry registry) {
        this.summaries = summaries;
        this.nearCopies = nearCopies;
        this.stories = stories;
        this.corpus = corpus;
        this.events = events;
        this.entityManager = entityManager;
        this.stored = Counter.builder("precis.articles.stored").description("Articles stored with their summary").register(registry);
    }

    /** What a write did. */
    public enum Outcome {
        /** A new article was stored. */
        CREATED,
        /** The text was already stored (as this article or, without an identity match, as another): nothing changed. */
        DUPLICATE,
        /** The article named by the request took the new text, metadata and summary. */
        UPDATED,
        /** A replace that would store exactly what is stored: nothing changed. */
        UNCHANGED
    }

    /** The outcome of a write: the article as stored afterwards, and what the write did. */
    public record Stored(Article article, Outcome outcome) {

        public boolean created() {
            return outcome == Outcome.CREATED;
        }
    }

    /**
     * Stores an article (given as text, or as the text extracted from a page, so the summary's
     * offsets point into the stored text) with its summary.
     * <p>
     * The article a request names is the one with its {@code externalId}, or, when it gives none,
     * the one with its {@code url}. A named article with another text takes the new text and is
     * summarized again; with the same text nothing changes. A request naming no stored article
     * stores a new one unless its text is already stored (under whatever identity): then the stored
     * article is the answer, so wire copy syndicated by several feeds is stored once.
     *
     * @throws ConflictException when the named article would take a text stored as another article
     */
    public Stored store(NewArticle article, SummaryOptions options) {
        String fingerprint = TextFingerprint.of(article.text());
        Optional<Stored> known = known(article, fingerprint);
        if (known.isPresent()) {
            return known.get();
        }
        SummaryResult result = summaries.summarize(article.title(), article.text(), options);
        NearCopySignature signature = NearCopySignature.of(article.text());
        Stored outcome = gate.through(signature.bandKeys(),
                () -> QuarkusTransaction.requiringNew().call(() -> write(article, fingerprint, signature, options, result)));
        if (outcome.created()) {
            stored.increment();
        }
        return outcome;
    }

    /** One article of a batch: what {@link #store} takes. */
    public record Write(NewArticle article, SummaryOptions options) {
    }

    /** What became of one article of a batch: how it was stored, or why not. */
    public record BatchOutcome(Stored stored, Throwable failure) {
    }

    /** An article of a batch that needs a write: summarized, before the transaction. */
    private record Prepared(int index, Write write, String fingerprint, NearCopySignature signature, SummaryResult result) {
    }

    /**
     * Stores the articles of a batch as {@link #store} stores each, in one transaction with one
     * commit: the article, summary, corpus change, story queue entry and event of each. An article
     * refused ({@link ConflictException}) or failing before its write is that article's outcome
     * alone. When the transaction itself fails (a constraint a concurrent writer got to first, a
     * deadlock with another batch), each article is written again in a transaction of its own, so
     * one article never takes the others with it. Once the database fails to answer, the articles
     * not yet tried fail with the same failure at once instead of each waiting for a connection.
     */
    public List<BatchOutcome> storeAll(List<Write> writes) {
        BatchOutcome[] outcomes = new BatchOutcome[writes.size()];
        List<Prepared> pending = new ArrayList<>();
        RuntimeException unavailable = null;
        for (int i = 0; i < writes.size(); i++) {
            Write write = writes.get(i);
            if (unavailable != null) {
                outcomes[i] = new BatchOutcome(null, unavailable);
                continue;
            }
            try {
                String fingerprint = TextFingerprint.of(write.article().text());
                Optional<Stored> known = known(write.article(), fingerprint);
                if (known.isPresent()) {
                    outcomes[i] = new BatchOutcome(known.get(), null);
                    continue;
                }
                SummaryResult result = summaries.summarize(write.article().title(), write.article().text(), write.options());
                pending.add(new Prepared(i, write, fingerprint, NearCopySignature.of(write.article().text()), result));
            } catch (OutOfMemoryError e) {
                throw e;
            } catch (RuntimeException | Error e) {
                if (e instanceof RuntimeException failure && DatabaseFailure.isUnavailable(failure)) {
                    unavailable = failure;
                }
                outcomes[i] = new BatchOutcome(null, e);
            }
        }
        if (!pending.isEmpty()) {
            long[] keys = pending.stream().flatMapToLong(p -> java.util.Arrays.stream(p.signature().bandKeys())).distinct().toArray();
            gate.through(keys, () -> {
                writeTogether(pending, outcomes);
                return null;
            });
        }
        for (BatchOutcome outcome : outcomes) {
            if (outcome.stored() != null && outcome.stored().created()) {
                stored.increment();
            }
        }
        return List.of(outcomes);
    }

    /** The batch's writes in one transaction; each in its own when that fails. Called inside the gate of all their band keys. */
    private void writeTogether(List<Prepared> pending, BatchOutcome[] outcomes) {
        try {
            Map<Integer, BatchOutcome> together = QuarkusTransaction.requiringNew().call(() -> {
                Map<Integer, BatchOutcome> done = new LinkedHashMap<>();
                for (Prepared p : pending) {
                    try {
                        done.put(p.index(), new BatchOutcome(write(p.write().article(), p.fingerprint(), p.signature(), p.write().options(),
                                p.result()), null));
                        // the next articles' look-ups (near copies among them) see this one
                        entityManager.flush();
                    } catch (ConflictException | PreconditionFailedException e) {
                        // refused before anything of it was written: the transaction goes on
                        done.put(p.index(), new BatchOutcome(null, e));
                    }
                }
                return done;
            });
            together.forEach((index, outcome) -> outcomes[index] = outcome);
        } catch (RuntimeException together) {
            RuntimeException unavailable = null;
            for (Prepared p : pending) {
                if (unavailable != null) {
                    outcomes[p.index()] = new BatchOutcome(null, unavailable);
                    continue;
                }
                try {
                    outcomes[p.index()] = new BatchOutcome(QuarkusTransaction.requiringNew().call(
                            () -> write(p.write().article(), p.fingerprint(), p.signature(), p.write().options(), p.result())), null);
                } catch (RuntimeException e) {
                    if (DatabaseFailure.isUnavailable(e)) {
                        unavailable = e;
                    }
                    outcomes[p.index()] = new BatchOutcome(null, e);
                }
            }
        }
    }

    /**
     * Replaces the stored article {@code id}: text, metadata and summary. An {@code externalId}
     * left out keeps the stored one. Replacing with exactly what is stored
     * changes nothing (not even {@code updatedAt}).
     *
     * @param ifMatch the request's {@code If-Match}, or {@code null}: when given, the article must
     *                still have one of its entity tags
     * @return empty when there is no article {@code id}
     * @throws ConflictException           when the text is stored as another article, or the
     *                                     externalId belongs to another article
     * @throws PreconditionFailedException when {@code If-Match} names another version
     */
    public Optional<Stored> replace(long id, NewArticle article, SummaryOptions options, String ifMatch) {
        if (Article.findById(id) == null) {
            return Optional.empty();
        }
        String fingerprint = TextFingerprint.of(article.text());
        SummaryResult result = summaries.summarize(article.title(), article.text(), options);
        NearCopySignature signature = NearCopySignature.of(article.text());
        return gate.through(signature.bandKeys(), () -> QuarkusTransaction.requiringNew().call(() -> {
            new WriteLocks().text(fingerprint).externalId(article.externalId()).bands(signature.bandKeys()).acquire(entityManager);
            Optional<Article> locked = Article.lockWithSummary(id);
            if (locked.isEmpty()) {
                return Optional.<Stored>empty();
            }
            Article target = locked.get();
            if (ifMatch != null && !EntityTags.matches(ifMatch, EntityTags.of(target))) {
                throw new PreconditionFailedException("Article " + id + " has changed since the version named by If-Match");
            }
            if (article.externalId() != null && !article.externalId().equals(target.externalId)) {
                Optional<Article> holder = Article.findByExternalId(article.externalId());
                if (holder.isPresent()) {
                    throw new ConflictException("externalId", "is already the externalId of article " + holder.get().id);
                }
            }
            rejectTextOfAnother(target, fingerprint);
            NewArticle replacement = article.externalId() != null ? article : article.withExternalId(target.externalId);
            if (sameAsStored(target, replacement, options)) {
                return Optional.of(new Stored(target, Outcome.UNCHANGED));
            }
            update(target, replacement, fingerprint, signature, options, result);
            return Optional.of(new Stored(target, Outcome.UPDATED));
        }));
    }

    /**
     * The write of {@link #store}, in one transaction. Advisory locks on the text's fingerprint
     * and on the identity (externalId, else url) make concurrent writers of either wait for each
     * other, so exactly one inserts or updates and the others see its row; the unique indexes on
     * the hash and the external id stay as the last guard. The locks on the text's band keys do
     * the same for near copies: of two near copies written at once, the later sees the earlier
     * and links to it.
     */
    Stored write(NewArticle request, String fingerprint, NearCopySignature signature, SummaryOptions options, SummaryResult result) {
        new WriteLocks().text(fingerprint)
                .externalId(request.externalId())
                .url(request.externalId() == null ? request.url() : null)
                .bands(signature.bandKeys())
                .acquire(entityManager);
        Optional<Article> named = request.externalId() != null ? Article.lockByExternalId(request.externalId())
                : request.url() != null ? Article.lockByUrl(request.url()) : Optional.empty();
        if (named.isPresent()) {
            Article target = named.get();
            if (target.textHash.equals(fingerprint)) {
                return new Stored(target, Outcome.DUPLICATE);
            }
            rejectTextOfAnother(target, fingerprint);
            // a post by url keeps the external id the article has
            update(target, request.withExternalId(target.externalId), fingerprint, signature, options, result);
            return new Stored(target, Outcome.UPDATED);
        }
        Optional<Article> sameText = Article.findByTextHash(fingerprint);
        if (sameText.isPresent()) {
            return new Stored(sameText.get(), Outcome.DUPLICATE);
        }
        Instant now = now();
        Article article = new Article();
        article.createdAt = now;
        Summary summary = new Summary();
        summary.article = article;
        article.summary = summary;
        fill(article, request, fingerprint, options, result, now);
        article.copyOf = nearCopies.originalOf(signature, null).orElse(null);
        sign(article, signature);
        article.persist();
        corpus.record(article.language, result.documentTerms(), +1);
        // its story is found after the commit, apart from this transaction (StoryAssigner)
        stories.queue(article.id);
        events.record(event(ArticleEvent.CREATED, article, now));
        return new Stored(article, Outcome.CREATED);
    }

    /**
     * The stored article takes the new text, metadata and summary; its terms in the corpus
     * statistics are swapped. It keeps its place among near copies ({@code copyOf}, and the copies
     * linked to it): a corrected text is still the same report. Its signature is the new text's,
     * so later copies of the correction find it.
     */
    private void update(Article target, NewArticle replacement, String fingerprint, NearCopySignature signature, SummaryOptions options,
            SummaryResult result) {
        corpus.record(target.language, summaries.documentTerms(target.title, target.text, target.language), -1);
        Instant now = now();
        // every change moves updatedAt forward, so the entity tag always changes
        fill(target, replacement, fingerprint, options, result, now.isAfter(target.updatedAt) ? now : target.updatedAt.plus(1, ChronoUnit.MICROS));
        corpus.record(target.language, result.documentTerms(), +1);
        sign(target, signature);
        stories.revise(target.id);
        events.record(event(ArticleEvent.UPDATED, target, now));
    }

    private static void sign(Article article, NearCopySignature signature) {
        article.minhash = signature.values();
        article.bandKeys = signature.bandKeys();
    }

    private static void fill(Article article, NewArticle request, String fingerprint, SummaryOptions options, SummaryResult result, Instant now) {
        article.title = request.title();
        article.detectedTitle = result.titleDetected() ? result.title() : null;
        article.text = request.text();
        article.format = request.format();
        article.url = request.url();
        article.externalId = request.externalId();
        article.source = request.source();
        article.publishedAt = request.publishedAt() == null ? null : request.publishedAt().truncatedTo(ChronoUnit.MICROS);
        article.language = result.language();
        article.updatedAt = now;
        article.textHash = fingerprint;
        Summary summary = article.summary;
        summary.algorithm = result.algorithm();
        summary.language = result.language();
        summary.languageDetected = result.languageDetected();
        summary.cleaning = result.cleaning();
        summary.options = describe(options);
        summary.sentences = result.sentences().stream().map(ArticleWriter::stored).toList();
        summary.keywords = result.keywords().stream().map(k -> new Summary.StoredKeyword(k.word(), k.weight())).toList();
        summary.sentenceCount = result.sentenceCount();
        summary.wordCount = result.wordCount();
        summary.createdAt = now;
    }

    /** An article may not take a text that is stored as another article: the text hash is unique. */
    private static void rejectTextOfAnother(Article target, String fingerprint) {
        Optional<Article> sameText = Article.findByTextHash(fingerprint);
        if (sameText.isPresent() && !sameText.get().id.equals(target.id)) {
            throw new ConflictException("text", "is already stored as article " + sameText.get().id);
        }
    }

    private static boolean sameAsStored(Article target, NewArticle replacement, SummaryOptions options) {
        Instant publishedAt = replacement.publishedAt() == null ? null : replacement.publishedAt().truncatedTo(ChronoUnit.MICROS);
        return target.text.equals(replacement.text())
                && Objects.equals(target.title, replacement.title())
                && Objects.equals(target.format, replacement.format())
                && Objects.equals(target.url, replacement.url())
                && Objects.equals(target.externalId, replacement.externalId())
                && Objects.equals(target.source, replacement.source())
                && Objects.equals(target.publishedAt, publishedAt)
                && Objects.equals(target.summary.options, describe(options));
    }

    /**
     * The answer to a post of a text already stored as the article it names, or (naming none) as
     * any article: most posts of a known text end here, without summarizing and without a
     * transaction.
     */
    private static Optional<Stored> known(NewArticle article, String fingerprint) {
        Optional<Article> named = named(article);
        if (named.isPresent()) {
            return named.get().textHash.equals(fingerprint) ? Optional.of(new Stored(named.get(), Outcome.DUPLICATE)) : Optional.empty();
        }
        return Article.findByTextHash(fingerprint).map(sameText -> new Stored(sameText, Outcome.DUPLICATE));
    }

    /** The stored article a request names, read without a lock (for the answer that needs no write). */
    private static Optional<Article> named(NewArticle article) {
        if (article.externalId() != null) {
            return Article.findByExternalId(article.externalId());
        }
        return article.url() != null ? Article.findByUrl(article.url()) : Optional.empty();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Deletes an article with its summary, and takes its terms out of the corpus statistics. The
     * row is locked first, so a concurrent update finishes before (and its terms are the ones taken
     * out, and its event comes before the deletion's). Before that, the locks on its band keys make
     * a near copy being stored at the same time wait, so it never links to a deleted original. The
     * near copies of a deleted original link to the earliest of them, which becomes the original.
     */
    public boolean delete(long id) {
        long[] bandKeys = QuarkusTransaction.requiringNew().call(() -> Article.bandKeysOf(id));
        return gate.through(bandKeys, () -> QuarkusTransaction.requiringNew().call(() -> deleteLocked(id, bandKeys)));
    }

    private boolean deleteLocked(long id, long[] bandKeys) {
        new WriteLocks().bands(bandKeys).acquire(entityManager);
        Optional<Article> locked = Article.lockWithSummary(id);
        if (locked.isEmpty()) {
            return false;
        }
        Article article = locked.get();
        Article.promoteFirstCopy(article.id);
        corpus.record(article.language, summaries.documentTerms(article.title, article.text, article.language), -1);
        // read again now that the row is locked: the story may have been assigned meanwhile
        Optional<Long> story = stories.detach(article.id);
        article.storyId = story.orElse(null);
        events.record(event(ArticleEvent.DELETED, article, now()));
        story.ifPresent(storyId -> stories.leave(storyId, article.language, article.id));
        article.delete();
        return true;
    }

    /** The event of a write, as the outbox publishes it. */
    private static ArticleEvent event(String kind, Article article, Instant now) {
        return new ArticleEvent(kind, now, article.id, article.externalId, article.url, article.title, article.source, article.language,
                article.publishedAt, article.updatedAt, article.summary.text(), article.copyOf, article.storyId);
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
}
