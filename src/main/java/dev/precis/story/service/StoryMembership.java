package dev.precis.story.service;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import dev.precis.PrecisConfig;
import dev.precis.event.EventOutbox;
import dev.precis.event.StoryEvent;
import dev.precis.stories.ArticleProfile;
import dev.precis.stories.ArticleProfiler;
import dev.precis.stories.CandidateRule;
import dev.precis.stories.StoryCentroid;
import dev.precis.stories.StoryIndex;
import dev.precis.stories.StoryMatcher;
import dev.precis.stories.StoryOptions;
import dev.precis.summary.Summarizer;
import dev.precis.summary.TermStatistics;
import dev.precis.text.Language;
import io.micrometer.core.annotation.Timed;

/**
 * Keeps every stored article in a story: the online step of docs/stories.md. A store queues its
 * article ({@link #queue}); the {@link StoryAssigner} later makes the profiles of the queued
 * articles and calls {@link #assign}, which, for each article in turn, finds the candidate
 * stories by the engine's {@link CandidateRule}, lets its {@link StoryMatcher} decide, and writes
 * the story's row, its entries in the term index and its event.
 * <p>
 * A story row holds its whole centroid (terms and unscaled sums, as arrays) and when it closes at
 * its pace; {@code story_term} is the term index: one row for each of the centroid's heaviest
 * {@link CandidateRule#storyTerms()} terms, with the language, the term's weight in the unit
 * centroid and the story's closing time, so that the look-up reads, for each of the article's
 * heaviest terms, only the open stories weighing it most, straight from one index, and then the
 * rows of the few best stories. What it reads is bounded by the rule, not by the number of stored
 * or open stories. Membership is a row of {@code story_article}.
 * <p>
 * Every change to the stories of a language moves the language's story clock (a row of
 * {@code story_clock}, locked until the commit): a batch of the assigner holds the clocks of its
 * languages for its whole transaction, and a delete takes its article's language's clock, so the
 * two never change one story at once. One batch places its articles one after another, each
 * looking up what the ones before it wrote, so the decisions are those of the single pass in
 * article order, whichever replica runs the batch.
 * <p>
 * Plain JDBC on the transaction's connection, as for the corpus statistics: these statements run
 * for every stored article.
 */
@ApplicationScoped
public class StoryMembership {

    /**
     * A queued article joining a story: its id, language, time, headline, profile, and, for a near
     * copy, its original and the story the original was in when the article was read.
     */
    public record Member(long articleId, String language, Instant time, String headline, ArticleProfile profile, Long original,
            Long originalStory) {
    }

    /** Where the article went. */
    public record Joined(long storyId, boolean started) {
    }

    private final ArticleProfiler profiler;
    private final TermStatistics corpus;
    private final StoryMatcher matcher;
    private final CandidateRule rule;
    private final EntityManager entityManager;
    private final EventOutbox events;

    StoryMembership(Summarizer summarizer, TermStatistics corpus, PrecisConfig config, EntityManager entityManager, EventOutbox events) {
        this.profiler = new ArticleProfiler(summarizer.models());
        this.corpus = corpus;
        this.matcher = new StoryMatcher(options(config.stories()));
        this.rule = CandidateRule.DEFAULT;
        this.entityManager = entityManager;
        this.events = events;
    }

    static StoryOptions options(PrecisConfig.Stories config) {
        return StoryOptions.DEFAULT.withThreshold(config.threshold()).withWindow(config.window()).withMissedArticles(config.missedArticles());
    }

    /** The article's profile, with document frequencies from the stored corpus (the corpus statistics as this replica has them). */
    @Timed(value = "precis.stories.profile", description = "Time to make an article's story profile", histogram = true)
    public ArticleProfile profile(String title, String text, String language) {
        Language lang = Language.byCode(language).orElseThrow(() -> new IllegalArgumentException("unknown language " + language));
        return profiler.profile(title, text, lang, corpus, matcher.options());
    }

    /** Queues a stored article for its story, in the store's transaction. */
    public void queue(long articleId) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into story_pending (article_id) values (?)")) {
                insert.setLong(1, articleId);
                insert.executeUpdate();
            }
        });
    }

    /**
     * Puts queued articles into stories (each its original's, the most similar open one, or a new
     * one), in the caller's transaction, in the order given, and takes them off the queue. The
     * clocks of their languages are moved first and held until the commit.
     */
    @Timed(value = "precis.stories.assign", description = "Time to put a batch of stored articles into their stories", histogram = true)
    public List<Joined> assign(List<Member> members) {
        if (members.isEmpty()) {
            return List.of();
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            for (String language : members.stream().map(Member::language).distinct().sorted().toList()) {
                tick(connection, language);
            }
            Instant now = now();
            Map<Long, Long> placed = new HashMap<>();
            List<Joined> joined = new ArrayList<>(members.size());
            for (Member member : members) {
                Joined result = join(connection, member, placed, now);
                placed.put(member.articleId(), result.storyId());
                joined.add(result);
            }
            record(connection, members, joined);
            return joined;
        });
    }

    private Joined join(Connection connection, Member member, Map<Long, Long> placed, Instant now) throws SQLException {
        Long originalStory = member.original() == null ? null : placed.getOrDefault(member.original(), member.originalStory());
        if (originalStory != null) {
            // a near copy counts in its original's story, not in its centroid
            Optional<StoryEvent> updated = grow(connection, originalStory, member, now);
            if (updated.isPresent()) {
                events.record(updated.get());
                return new Joined(originalStory, false);
            }
        }
        return place(connection, member, lookUp(connection, member), now);
    }

    /** The members' rows of {@code story_article}, and their queue entries gone. */
    private static void record(Connection connection, List<Member> members, List<Joined> joined) throws SQLException {
        Long[] articles = new Long[members.size()];
        Long[] stories = new Long[members.size()];
        for (int i = 0; i < articles.length; i++) {
            articles[i] = members.get(i).articleId();
            stories[i] = joined.get(i).storyId();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into story_article (article_id, story_id) select * from unnest(?::bigint[], ?::bigint[])");
                PreparedStatement dequeue = connection.prepareStatement("delete from story_pending where article_id = any(?)")) {
            Array articleArray = connection.createArrayOf("bigint", articles);
            insert.setArray(1, articleArray);
            insert.setArray(2, connection.createArrayOf("bigint", stories));
            insert.executeUpdate();
            dequeue.setArray(1, articleArray);
            dequeue.executeUpdate();
        }
    }

    /** The article into the story the look-up chose, or into a new one; under the language's clock. */
    private Joined place(Connection connection, Member member, List<StoryCentroid> candidates, Instant now) throws SQLException {
        Optional<StoryCentroid> chosen = matcher.choose(member.profile(), member.time(), candidates);
        if (chosen.isPresent()) {
            StoryCentroid story = chosen.get().with(member.profile(), member.time(), false, matcher.options().profileTerms());
            events.record(update(connection, story, member, now));
            return new Joined(story.id(), false);
        }
        StoryEvent created = insert(connection, StoryCentroid.start(0, member.profile(), member.time()), member, now);
        events.record(created);
        return new Joined(created.id(), true);
    }

    /**
     * An article was updated: it stays in its story (a corrected report is still about its
     * event), the centroid stays as it is, and the version moves so the story's summary is made
     * again. An article still waiting for its story has none to revise.
     */
    public void revise(long articleId) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update story set version = version + 1, updated_at = ?"
                    + " where id = (select story_id from story_article where article_id = ?) " + RETURNING)) {
                update.setTimestamp(1, Timestamp.from(now()));
                update.setLong(2, articleId);
                try (ResultSet row = update.executeQuery()) {
                    if (row.next()) {
                        events.record(event(StoryEvent.UPDATED, row, articleId, now()));
                    }
                }
            }
        });
    }

    /**
     * The article leaves the queue and its story, before its row is deleted; its story, when it
     * had one (then {@link #leave} follows). Read under the article's row lock, so an assignment
     * that committed meanwhile is seen.
     */
    public Optional<Long> detach(long articleId) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement dequeue = connection.prepareStatement("delete from story_pending where article_id = ?");
                    PreparedStatement delete = connection.prepareStatement("delete from story_article where article_id = ? returning story_id")) {
                dequeue.setLong(1, articleId);
                dequeue.executeUpdate();
                delete.setLong(1, articleId);
                try (ResultSet row = delete.executeQuery()) {
                    return row.next() ? Optional.of(row.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    /**
     * An article of the story was deleted (its membership already gone, {@link #detach}): the story
     * is one smaller, its times are its remaining articles', and a story left empty is deleted.
     * The centroid keeps the deleted article's terms: it is what the story has been about.
     */
    public void leave(long storyId, String language, long articleId) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            tick(connection, language);
            Instant now = now();
            try (PreparedStatement update = connection.prepareStatement("""
                    with remaining as (
                        select min(coalesce(a.published_at, a.created_at)) as first_at, max(coalesce(a.published_at, a.created_at)) as latest_at
                        from story_article m join article a on a.id = m.article_id where m.story_id = ?
                    )
                    update story set size = size - 1, version = version + 1, updated_at = ?,
                        first_at = coalesce(remaining.first_at, story.first_at), latest_at = coalesce(remaining.latest_at, story.latest_at)
                    from remaining where story.id = ?
                    """ + RETURNING)) {
                update.setLong(1, storyId);
                update.setTimestamp(2, Timestamp.from(now));
                update.setLong(3, storyId);
                try (ResultSet row = update.executeQuery()) {
                    if (!row.next()) {
                        return;
                    }
                    boolean empty = row.getInt("size") <= 0;
                    events.record(event(empty ? StoryEvent.DELETED : StoryEvent.UPDATED, row, articleId, now));
                    if (!empty) {
                        close(connection, row);
                        return;
                    }
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("delete from story where id = ?")) {
                delete.setLong(1, storyId);
                delete.executeUpdate();
            }
        });
    }

    private static final String RETURNING = "returning story.id, story.language, story.size, story.first_at, story.latest_at, story.headline,"
            + " story.version";

    /**
     * The story's closing time after a change of its size or times that leaves its centroid as it
     * is (a near copy joined, an article left): on its row and on its entries in the term index.
     */
    private void close(Connection connection, ResultSet row) throws SQLException {
        Instant closesAt = closesAt(row.getInt("size"), row.getTimestamp("first_at").toInstant(), row.getTimestamp("latest_at").toInstant());
        long id = row.getLong("id");
        try (PreparedStatement story = connection.prepareStatement("update story set closes_at = ? where id = ?");
                PreparedStatement entries = connection.prepareStatement("update story_term set closes_at = ? where story_id = ?")) {
            for (PreparedStatement update : List.of(story, entries)) {
                update.setTimestamp(1, Timestamp.from(closesAt));
                update.setLong(2, id);
                update.executeUpdate();
            }
        }
    }

    private Instant closesAt(int size, Instant first, Instant latest) {
        return new StoryCentroid(0, ArticleProfile.of(Map.of(), 1), Map.of(), Math.max(size, 1), first, latest).closesAt(matcher.options());
    }

    /**
     * Moves the language's story clock on and returns it. The row stays locked until the commit,
     * so this is also the language's story lock: a second writer waits here, and then sees the
     * clock as the first one left it. Every change to a story of the language moves it.
     */
    private static long tick(Connection connection, String language) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update story_clock set tick = tick + 1 where language = ? returning tick")) {
            update.setString(1, language);
            try (ResultSet row = update.executeQuery()) {
                if (row.next()) {
                    return row.getLong(1);
                }
            }
        }
        // the language's first story: its clock starts now
        try (PreparedStatement insert = connection.prepareStatement("insert into story_clock (language, tick) values (?, 0) on conflict do nothing")) {
            insert.setString(1, language);
            insert.executeUpdate();
        }
        return tick(connection, language);
    }

    /** The near copy's original's story, one larger; empty when that story is gone. */
    private Optional<StoryEvent> grow(Connection connection, long storyId, Member member, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update story set size = size + 1, version = version + 1, updated_at = ?,"
                + " first_at = least(first_at, ?), latest_at = greatest(latest_at, ?) where id = ? " + RETURNING)) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setTimestamp(2, Timestamp.from(member.time()));
            update.setTimestamp(3, Timestamp.from(member.time()));
            update.setLong(4, storyId);
            try (ResultSet row = update.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                close(connection, row);
                return Optional.of(event(StoryEvent.UPDATED, row, member.articleId(), now));
            }
        }
    }

    /**
     * The stories the matcher compares the article with, in one statement: by the {@link CandidateRule}, for each of the profile's heaviest terms, the open
     * stories of its language that weigh the term most (one ordered range of the term index each),
     * ranked by their cosine with the profile over those terms; the best ones with their rows.
     */
    private List<StoryCentroid> lookUp(Connection connection, Member member) throws SQLException {
        ArticleProfile profile = member.profile();
        List<String> heaviest = profile.heaviestTerms(rule.articleTerms());
        Double[] weights = new Double[heaviest.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = profile.weight(heaviest.get(i));
        }
        List<StoryCentroid> centroids = new ArrayList<>();
        Array termArray = connection.createArrayOf("text", heaviest.toArray());
        Array weightArray = connection.createArrayOf("float8", weights);
        try (PreparedStatement query = connection.prepareStatement("""
                with shortlist as (
                    select e.story_id from unnest(?, ?) as p(term, weight)
                    cross join lateral (
                        select t.story_id, t.weight * p.weight as part from story_term t
                        where t.language = ? and t.term = p.term and t.closes_at > ?
                        order by t.weight desc, t.story_id
                        limit ?) as e
                    group by e.story_id
                    order by sum(e.part) desc, e.story_id
                    limit ?)
                select s.id, s.size, s.first_at, s.latest_at, s.terms, s.sums
                from shortlist join story s on s.id = shortlist.story_id
                """)) {
            query.setArray(1, termArray);
            query.setArray(2, weightArray);
            query.setString(3, member.language());
            query.setTimestamp(4, Timestamp.from(member.time()));
            query.setInt(5, rule.perTerm());
            query.setInt(6, rule.shortlist());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    centroids.add(centroid(rows));
                }
            }
        } finally {
            termArray.free();
            weightArray.free();
        }
        return centroids;
    }

    /** A story's centroid from its row (id, size, first_at, latest_at, terms, sums). */
    private StoryCentroid centroid(ResultSet row) throws SQLException {
        String[] terms = (String[]) row.getArray(5).getArray();
        Double[] sums = (Double[]) row.getArray(6).getArray();
        Map<String, Double> sum = new HashMap<>(terms.length * 2);
        for (int i = 0; i < terms.length; i++) {
            sum.put(terms[i], sums[i]);
        }
        return new StoryCentroid(row.getLong(1), ArticleProfile.of(sum, matcher.options().profileTerms()), sum, row.getInt(2),
                row.getTimestamp(3).toInstant(), row.getTimestamp(4).toInstant());
    }

    /** A new story of one article, with its entries in the term index, in one statement. */
    private StoryEvent insert(Connection connection, StoryCentroid story, Member member, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                with created as (
                    insert into story (id, language, size, first_at, latest_at, closes_at, headline, terms, sums, norm, version,
                        created_at, updated_at)
                    values (nextval('story_seq'), ?, 1, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
                    returning id, language, size, first_at, latest_at, headline, version),
                entries as (
                    insert into story_term (story_id, language, term, weight, closes_at)
                    select created.id, created.language, e.term, e.weight, ? from created, unnest(?, ?) as e(term, weight))
                select * from created
                """)) {
            Timestamp closesAt = Timestamp.from(story.closesAt(matcher.options()));
            insert.setString(1, member.language());
            insert.setTimestamp(2, Timestamp.from(story.first()));
            insert.setTimestamp(3, Timestamp.from(story.latest()));
            insert.setTimestamp(4, closesAt);
            insert.setString(5, member.headline());
            setCentroid(connection, insert, 6, story.sum());
            insert.setDouble(8, norm(story.sum()));
            insert.setTimestamp(9, Timestamp.from(now));
            insert.setTimestamp(10, Timestamp.from(now));
            insert.setTimestamp(11, closesAt);
            setEntries(connection, insert, 12, story);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return event(StoryEvent.CREATED, row, member.articleId(), now);
            }
        }
    }

    /**
     * The story with one more article: its row, and its entries in the term index as the
     * {@link CandidateRule} keeps them (a changed centroid changes every unit weight), in one
     * statement.
     */
    private StoryEvent update(Connection connection, StoryCentroid story, Member member, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                with changed as (
                    update story set size = ?, first_at = ?, latest_at = ?, closes_at = ?, terms = ?, sums = ?, norm = ?,
                        headline = coalesce(headline, ?), version = version + 1, updated_at = ?
                    where id = ?
                    returning id, language, size, first_at, latest_at, headline, version),
                entry as (select e.term, e.weight from unnest(?, ?) as e(term, weight)),
                dropped as (
                    delete from story_term t where t.story_id = ? and t.term not in (select term from entry)),
                kept as (
                    insert into story_term (story_id, language, term, weight, closes_at)
                    select changed.id, changed.language, entry.term, entry.weight, ? from changed, entry
                    on conflict (story_id, term) do update set weight = excluded.weight, closes_at = excluded.closes_at)
                select * from changed
                """)) {
            Timestamp closesAt = Timestamp.from(story.closesAt(matcher.options()));
            update.setInt(1, story.size());
            update.setTimestamp(2, Timestamp.from(story.first()));
            update.setTimestamp(3, Timestamp.from(story.latest()));
            update.setTimestamp(4, closesAt);
            setCentroid(connection, update, 5, story.sum());
            update.setDouble(7, norm(story.sum()));
            update.setString(8, member.headline());
            update.setTimestamp(9, Timestamp.from(now));
            update.setLong(10, story.id());
            setEntries(connection, update, 11, story);
            update.setLong(13, story.id());
            update.setTimestamp(14, closesAt);
            try (ResultSet row = update.executeQuery()) {
                row.next();
                return event(StoryEvent.UPDATED, row, member.articleId(), now);
            }
        }
    }

    /** The centroid's terms, alphabetically, and their unscaled sums, as the two array parameters from {@code index}. */
    private static void setCentroid(Connection connection, PreparedStatement statement, int index, Map<String, Double> sum) throws SQLException {
        String[] terms = sum.keySet().stream().sorted().toArray(String[]::new);
        Double[] sums = new Double[terms.length];
        for (int i = 0; i < terms.length; i++) {
            sums[i] = sum.get(terms[i]);
        }
        statement.setArray(index, connection.createArrayOf("text", terms));
        statement.setArray(index + 1, connection.createArrayOf("float8", sums));
    }

    /** The story's entries in the term index (its centroid's heaviest terms and their unit weights), as two array parameters. */
    private void setEntries(Connection connection, PreparedStatement statement, int index, StoryCentroid story) throws SQLException {
        List<Map.Entry<String, Double>> entries = StoryIndex.indexedTerms(story.centroid(), rule.storyTerms());
        String[] terms = new String[entries.size()];
        Double[] weights = new Double[entries.size()];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = entries.get(i).getKey();
            weights[i] = entries.get(i).getValue();
        }
        statement.setArray(index, connection.createArrayOf("text", terms));
        statement.setArray(index + 1, connection.createArrayOf("float8", weights));
    }

    private static double norm(Map<String, Double> sum) {
        double squares = 0;
        for (double w : sum.values()) {
            squares += w * w;
        }
        return Math.sqrt(squares);
    }

    private static StoryEvent event(String kind, ResultSet row, long articleId, Instant now) throws SQLException {
        return new StoryEvent(kind, now, row.getLong("id"), row.getString("language"), row.getInt("size"),
                row.getTimestamp("first_at").toInstant(), row.getTimestamp("latest_at").toInstant(), row.getString("headline"),
                row.getInt("version"), articleId);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
