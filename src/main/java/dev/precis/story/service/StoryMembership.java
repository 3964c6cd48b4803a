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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import dev.precis.PrecisConfig;
import dev.precis.Sha256;
import dev.precis.event.EventOutbox;
import dev.precis.event.StoryEvent;
import dev.precis.stories.ArticleProfile;
import dev.precis.stories.ArticleProfiler;
import dev.precis.stories.CandidateRule;
import dev.precis.stories.StoryCentroid;
import dev.precis.stories.StoryMatcher;
import dev.precis.stories.StoryOptions;
import dev.precis.summary.Summarizer;
import dev.precis.summary.TermStatistics;
import dev.precis.text.Language;
import io.micrometer.core.annotation.Timed;

/**
 * Keeps every stored article in a story: the online step of docs/stories.md. The article's
 * profile is made before the write transaction opens ({@link #profile}, about a millisecond);
 * in the transaction, {@link #join} finds the open stories whose centroid shares a term with it,
 * lets the engine's {@link StoryMatcher} decide, and writes the story's row and centroid terms
 * and its event.
 * <p>
 * The decision and the update run under one transaction-scoped advisory lock per language, taken
 * after the article's own write locks: every story an article could join is then as the last
 * committed write left it, so the decisions are those of the single pass in commit order, on any
 * number of replicas. A lock on the chosen story alone would let two first reports of one event,
 * written at once, start two stories, and a decision changed by a concurrent write would need a
 * second lock out of order. What runs under the lock is the candidate query and the writes of one
 * story; the profile is never computed under it. The candidate query reads the centroid rows of
 * every open story sharing a term with the profile, which grows with the open stories
 * (docs/BENCHMARKS.md has what it costs at 100,000 articles).
 * <p>
 * Plain JDBC on the transaction's connection, as for the corpus statistics: these statements run
 * on every store.
 */
@ApplicationScoped
public class StoryMembership {

    /** How many of the most similar open stories the database hands to the matcher (which takes the best at or above the threshold). */
    static final int CANDIDATES = 8;

    /** An article joining a story: its id, language, time, headline, profile, and its original's story when it is a near copy. */
    public record Member(long articleId, String language, Instant time, String headline, ArticleProfile profile, Long originalStory) {
    }

    /** Where the article went. */
    public record Joined(long storyId, boolean started) {
    }

    private final ArticleProfiler profiler;
    private final TermStatistics corpus;
    private final StoryMatcher matcher;
    private final CandidateRule candidates;
    private final EntityManager entityManager;
    private final EventOutbox events;

    StoryMembership(Summarizer summarizer, TermStatistics corpus, PrecisConfig config, EntityManager entityManager, EventOutbox events) {
        this.profiler = new ArticleProfiler(summarizer.models());
        this.corpus = corpus;
        this.matcher = new StoryMatcher(options(config.stories()));
        this.candidates = new CandidateRule(config.stories().candidateTerms());
        this.entityManager = entityManager;
        this.events = events;
    }

    static StoryOptions options(PrecisConfig.Stories config) {
        return StoryOptions.DEFAULT.withThreshold(config.threshold()).withWindow(config.window()).withMissedArticles(config.missedArticles());
    }

    /** The article's profile, with document frequencies from the stored corpus; outside any transaction. */
    @Timed(value = "precis.stories.profile", description = "Time to make an article's story profile", histogram = true)
    public ArticleProfile profile(String title, String text, String language) {
        Language lang = Language.byCode(language).orElseThrow(() -> new IllegalArgumentException("unknown language " + language));
        return profiler.profile(title, text, lang, corpus, matcher.options());
    }

    /** Puts the article into a story (its original's, the most similar open one, or a new one), in the caller's transaction. */
    @Timed(value = "precis.stories.join", description = "Time to put a stored article into its story, in the write transaction", histogram = true)
    public Joined join(Member member) {
        lock(member.language());
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            Instant now = now();
            if (member.originalStory() != null) {
                // a near copy counts in its original's story, not in its centroid
                Optional<StoryEvent> updated = grow(connection, member, now);
                if (updated.isPresent()) {
                    events.record(updated.get());
                    return new Joined(member.originalStory(), false);
                }
            }
            List<StoryCentroid> candidates = candidates(connection, member);
            Optional<StoryCentroid> chosen = matcher.choose(member.profile(), member.time(), candidates);
            if (chosen.isPresent()) {
                StoryCentroid story = chosen.get().with(member.profile(), member.time(), false, matcher.options().profileTerms());
                writeTerms(connection, story.id(), story.sum(), true);
                events.record(update(connection, story, member, now));
                return new Joined(story.id(), false);
            }
            StoryCentroid story = StoryCentroid.start(nextId(connection), member.profile(), member.time());
            events.record(insert(connection, story, member, now));
            writeTerms(connection, story.id(), story.sum(), false);
            return new Joined(story.id(), true);
        });
    }

    /**
     * An article of the story was updated: it stays in its story (a corrected report is still
     * about its event), the centroid stays as it is, and the version moves so the story's summary
     * is made again.
     */
    public void revise(long storyId, long articleId) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "update story set version = version + 1, updated_at = ? where id = ? " + RETURNING)) {
                update.setTimestamp(1, Timestamp.from(now()));
                update.setLong(2, storyId);
                try (ResultSet row = update.executeQuery()) {
                    if (row.next()) {
                        events.record(event(StoryEvent.UPDATED, row, articleId, now()));
                    }
                }
            }
        });
    }

    /**
     * An article of the story was deleted (its row already gone in this transaction): the story
     * is one smaller, its times are its remaining articles', and a story left empty is deleted.
     * The centroid keeps the deleted article's terms: it is what the story has been about.
     */
    public void leave(long storyId, String language, long articleId) {
        lock(language);
        entityManager.unwrap(Session.class).doWork(connection -> {
            Instant now = now();
            try (PreparedStatement update = connection.prepareStatement("""
                    with remaining as (
                        select min(coalesce(published_at, created_at)) as first_at, max(coalesce(published_at, created_at)) as latest_at
                        from article where story_id = ?
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

    private static final String RETURNING = "returning story.id, story.language, story.size, story.first_at, story.latest_at, story.headline, story.version";

    /** The language's story lock, on the connection itself: a native query would flush the article not yet complete. */
    private void lock(String language) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, Sha256.leadingLong("story\u0000" + language));
                lock.executeQuery().close();
            }
        });
    }

    /** The near copy's original's story, one larger; empty when that story is gone. */
    private static Optional<StoryEvent> grow(Connection connection, Member member, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update story set size = size + 1, version = version + 1, updated_at = ?,"
                + " first_at = least(first_at, ?), latest_at = greatest(latest_at, ?) where id = ? " + RETURNING)) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setTimestamp(2, Timestamp.from(member.time()));
            update.setTimestamp(3, Timestamp.from(member.time()));
            update.setLong(4, member.originalStory());
            try (ResultSet row = update.executeQuery()) {
                return row.next() ? Optional.of(event(StoryEvent.UPDATED, row, member.articleId(), now)) : Optional.empty();
            }
        }
    }

    /**
     * The open stories of the article's language most similar to its profile (cosine with the
     * centroid, computed by the database from the term index), with their centroids: what the
     * matcher chooses from.
     */
    private List<StoryCentroid> candidates(Connection connection, Member member) throws SQLException {
        ArticleProfile profile = member.profile();
        if (profile.isEmpty()) {
            return List.of();
        }
        String[] terms = new String[profile.size()];
        Double[] weights = new Double[profile.size()];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = profile.term(i);
            weights[i] = profile.weight(i);
        }
        List<Long> ids = new ArrayList<>();
        Array heaviestArray = connection.createArrayOf("text", profile.heaviestTerms(candidates.terms()).toArray());
        Array termArray = connection.createArrayOf("text", terms);
        Array weightArray = connection.createArrayOf("float8", weights);
        // the candidates: open stories whose centroid holds one of the profile's heaviest terms;
        // ranked by their cosine with the whole profile
        try (PreparedStatement query = connection.prepareStatement("""
                with candidate as (select distinct t.story_id as id from story_term t where t.term = any(?))
                select s.id from candidate c
                join story s on s.id = c.id
                join story_term t on t.story_id = c.id
                join unnest(?, ?) as p(term, weight) on p.term = t.term
                where s.language = ? and s.latest_at > ? and s.norm > 0
                group by s.id, s.norm
                order by sum(t.weight * p.weight) / s.norm desc, s.id
                limit ?
                """)) {
            query.setArray(1, heaviestArray);
            query.setArray(2, termArray);
            query.setArray(3, weightArray);
            query.setString(4, member.language());
            query.setTimestamp(5, Timestamp.from(member.time().minus(matcher.options().window())));
            query.setInt(6, CANDIDATES);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        } finally {
            heaviestArray.free();
            termArray.free();
            weightArray.free();
        }
        return ids.isEmpty() ? List.of() : centroids(connection, ids);
    }

    private List<StoryCentroid> centroids(Connection connection, List<Long> ids) throws SQLException {
        record Row(int size, Instant first, Instant latest, Map<String, Double> sum) {
        }
        Map<Long, Row> stories = new LinkedHashMap<>();
        Array idArray = connection.createArrayOf("bigint", ids.toArray());
        try (PreparedStatement query = connection.prepareStatement(
                "select s.id, s.size, s.first_at, s.latest_at, t.term, t.weight from story s join story_term t on t.story_id = s.id"
                        + " where s.id = any(?)")) {
            query.setArray(1, idArray);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Row row = stories.computeIfAbsent(rows.getLong(1), id -> {
                        try {
                            return new Row(rows.getInt(2), rows.getTimestamp(3).toInstant(), rows.getTimestamp(4).toInstant(), new HashMap<>());
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    row.sum().put(rows.getString(5), rows.getDouble(6));
                }
            }
        } finally {
            idArray.free();
        }
        int terms = matcher.options().profileTerms();
        List<StoryCentroid> centroids = new ArrayList<>(stories.size());
        stories.forEach((id, row) -> centroids.add(
                new StoryCentroid(id, ArticleProfile.of(row.sum(), terms), row.sum(), row.size(), row.first(), row.latest())));
        return centroids;
    }

    private static long nextId(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select nextval('story_seq')"); ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static StoryEvent insert(Connection connection, StoryCentroid story, Member member, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into story (id, language, size, first_at, latest_at, headline, norm,"
                + " version, created_at, updated_at) values (?, ?, 1, ?, ?, ?, ?, 1, ?, ?) " + RETURNING)) {
            insert.setLong(1, story.id());
            insert.setString(2, member.language());
            insert.setTimestamp(3, Timestamp.from(story.first()));
            insert.setTimestamp(4, Timestamp.from(story.latest()));
            insert.setString(5, member.headline());
            insert.setDouble(6, norm(story.sum()));
            insert.setTimestamp(7, Timestamp.from(now));
            insert.setTimestamp(8, Timestamp.from(now));
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return event(StoryEvent.CREATED, row, member.articleId(), now);
            }
        }
    }

    private static StoryEvent update(Connection connection, StoryCentroid story, Member member, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update story set size = ?, first_at = ?, latest_at = ?, norm = ?,"
                + " headline = coalesce(headline, ?), version = version + 1, updated_at = ? where id = ? " + RETURNING)) {
            update.setInt(1, story.size());
            update.setTimestamp(2, Timestamp.from(story.first()));
            update.setTimestamp(3, Timestamp.from(story.latest()));
            update.setDouble(4, norm(story.sum()));
            update.setString(5, member.headline());
            update.setTimestamp(6, Timestamp.from(now));
            update.setLong(7, story.id());
            try (ResultSet row = update.executeQuery()) {
                row.next();
                return event(StoryEvent.UPDATED, row, member.articleId(), now);
            }
        }
    }

    /** The centroid's terms as stored: the terms that fell out are deleted, the others take their new sums. */
    private static void writeTerms(Connection connection, long storyId, Map<String, Double> sum, boolean replacing) throws SQLException {
        String[] terms = sum.keySet().toArray(String[]::new);
        Double[] weights = new Double[terms.length];
        for (int i = 0; i < terms.length; i++) {
            weights[i] = sum.get(terms[i]);
        }
        Array termArray = connection.createArrayOf("text", terms);
        Array weightArray = connection.createArrayOf("float8", weights);
        try {
            if (replacing) {
                try (PreparedStatement delete = connection.prepareStatement("delete from story_term where story_id = ? and term <> all(?)")) {
                    delete.setLong(1, storyId);
                    delete.setArray(2, termArray);
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement upsert = connection.prepareStatement("insert into story_term (story_id, term, weight)"
                    + " select ?, term, weight from unnest(?, ?) as t(term, weight)"
                    + " on conflict (story_id, term) do update set weight = excluded.weight")) {
                upsert.setLong(1, storyId);
                upsert.setArray(2, termArray);
                upsert.setArray(3, weightArray);
                upsert.executeUpdate();
            }
        } finally {
            termArray.free();
            weightArray.free();
        }
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
