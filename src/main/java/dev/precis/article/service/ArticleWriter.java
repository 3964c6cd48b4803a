package dev.precis.article.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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

    /** Articles of a batch written in one transaction, with the advisory locks they all need. */
    private record Group(List<Prepared> writes, WriteLocks locks) {
    }

    /**
     * The most advisory locks one transaction of a batch holds. PostgreSQL keeps them in one shared
     * table with room for {@code max_locks_per_transaction} (64 by default) times
     * {@code max_connections}; a store holds up to 35 (its text, its identity and its 32 band keys),
     * so a batch of 100 new texts in one transaction held about 3,400, and two such batches at once
     * overflowed the table: the transaction failed ("out of shared memory") and every item was
     * written again alone. Within this budget (about 7 new texts a transaction) the 20 pooled
     * connections writing batches at once hold at most 5,120, as many as 146 single stores.
     */
    static final int BATCH_LOCK_BUDGET = 256;

    /**
     * The most articles one transaction of a batch writes, whatever locks they share (near copies
     * of one report share most of theirs). Each article is flushed before the next is looked up,
     * and a flush checks every entity the transaction holds: with 100 in one transaction those
     * checks took an eighth of the batch's CPU time in the service.
     */
    static final int BATCH_GROUP_ARTICLES = 16;

    /**
     * Stores the articles of a batch as {@link #store} stores each: the article, summary, corpus
     * change, story queue entry and event of each, in transactions of several articles (as many as
     * {@link #BATCH_LOCK_BUDGET} and {@link #BATCH_GROUP_ARTICLES} let one hold), each taking the locks of all its
     * articles in one statement before it writes them. An article is never half-written: it is
     * stored whole in one transaction or not at all. An article refused ({@link ConflictException})
     * or failing before its write is that article's outcome alone. When a transaction itself fails
     * (a constraint a concurrent writer got to first), each of its articles is written again in a
     * transaction of its own, so one article never takes the others with it. Once the database fails
     * to answer, the articles not yet tried fail with the same failure at once instead of each
     * waiting for a connection.
     */
    public List<BatchOutcome> storeAll(List<Write> writes) {
        BatchOutcome[] outcomes = new BatchOutcome[writes.size()];
        List<Prepared> pending = new ArrayList<>();
        RuntimeException unavailable = null;
        String[] fingerprints = new String[writes.size()];
        Set<String> storedTexts = storedTexts(writes, fingerprints);
        for (int i = 0; i < writes.size(); i++) {
            Write write = writes.get(i);
            if (unavailable != null) {
                outcomes[i] = new BatchOutcome(null, unavailable);
                continue;
            }
            try {
                String fingerprint = fingerprints[i] != null ? fingerprints[i] : TextFingerprint.of(write.article().text());
                // a text that names no article and was not stored a moment ago is summarized without asking again
                Optional<Stored> known = storedTexts != null && fingerprints[i] != null && namesNone(write.article())
                        && !storedTexts.contains(fingerprint) ? Optional.empty() : known(write.article(), fingerprint);
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
                RuntimeException away = null;
                for (Group group : groups(pending)) {
                    away = writeTogether(group, outcomes, away);
                }
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

    /**
     * Which of the batch's texts that name no article are stored, in one query where each would
     * take one; the fingerprints it computes are kept in {@code fingerprints}. {@code null} when the
     * query failed: each item then asks for itself, and meets the failure as its own.
     */
    private static Set<String> storedTexts(List<Write> writes, String[] fingerprints) {
        List<String> unnamed = new ArrayList<>();
        for (int i = 0; i < writes.size(); i++) {
            try {
                fingerprints[i] = TextFingerprint.of(writes.get(i).article().text());
                if (namesNone(writes.get(i).article())) {
                    unnamed.add(fingerprints[i]);
                }
            } catch (RuntimeException e) {
                // the item meets this again as its own failure
                fingerprints[i] = null;
            }
        }
        try {
            return Article.storedTextHashes(unnamed);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean namesNone(NewArticle article) {
        return article.externalId() == null && article.url() == null;
    }

    /** The batch's writes in order, cut into groups within {@link #BATCH_LOCK_BUDGET} and {@link #BATCH_GROUP_ARTICLES}. */
    private static List<Group> groups(List<Prepared> pending) {
        List<Group> groups = new ArrayList<>();
        List<Prepared> writes = new ArrayList<>();
        WriteLocks locks = new WriteLocks();
        for (Prepared p : pending) {
            WriteLocks own = locks(p.write().article(), p.fingerprint(), p.signature());
            if (!writes.isEmpty() && (locks.sizeWith(own) > BATCH_LOCK_BUDGET || writes.size() == BATCH_GROUP_ARTICLES)) {
                groups.add(new Group(writes, locks));
                writes = new ArrayList<>();
                locks = new WriteLocks();
            }
            writes.add(p);
            locks.with(own);
        }
        groups.add(new Group(writes, locks));
        return groups;
    }

    /**
     * A group's writes in one transaction; each in its own when that fails. Called inside the gate
     * of all their band keys.
     *
     * @param unavailable the failure of a database found away by an earlier group, or {@code null}
     * @return the failure of a database found away, for the groups after this one
     */
    private RuntimeException writeTogether(Group group, BatchOutcome[] outcomes, RuntimeException unavailable) {
        if (unavailable == null) {
            try {
                Map<Integer, BatchOutcome> together = QuarkusTransaction.requiringNew().call(() -> {
                    group.locks().acquire(entityManager);
                    // under the group's locks no other writer stores these texts: a text not stored
                    // now is stored before the commit only by a write of this group
                    Set<String> storedTexts = new HashSet<>(
                            Article.storedTextHashes(group.writes().stream().map(Prepared::fingerprint).toList()));
                    Map<Integer, BatchOutcome> done = new LinkedHashMap<>();
                    for (Prepared p : group.writes()) {
                        try {
                            done.put(p.index(), new BatchOutcome(writeLocked(p.write().article(), p.fingerprint(), p.signature(),
                                    p.write().options(), p.result(), storedTexts), null));
                            storedTexts.add(p.fingerprint());
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
                return null;
            } catch (RuntimeException together) {
                // each article alone, below
            }
        }
        for (Prepared p : group.writes()) {
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
        return unavailable;
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
        locks(request, fingerprint, signature).acquire(entityManager);
        return writeLocked(request, fingerprint, signature, options, result, null);
    }

    /** The locks {@link #write} takes. */
    private static WriteLocks locks(NewArticle request, String fingerprint, NearCopySignature signature) {
        return new WriteLocks().text(fingerprint)
                .externalId(request.externalId())
                .url(request.externalId() == null ? request.url() : null)
                .bands(signature.bandKeys());
    }

    /**
     * {@link #write} once its locks are held.
     *
     * @param storedTexts the text hashes that may be stored, read under the locks, or {@code null}:
     *                    a text outside them is not looked up again
     */
    private Stored writeLocked(NewArticle request, String fingerprint, NearCopySignature signature, SummaryOptions options,
            SummaryResult result, Set<String> storedTexts) {
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
        Optional<Article> sameText = storedTexts == null || storedTexts.contains(fingerprint)
                ? Article.findByTextHash(fingerprint) : Optional.empty();
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
