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
 * Keeps every stored article in a story: the online step of docs/stories.md. The article's
 * profile is made before the write transaction opens ({@link #profile}, about a millisecond);
 * in the transaction, {@link #join} finds the candidate stories by the engine's
 * {@link CandidateRule}, lets its {@link StoryMatcher} decide, and writes the story's row, its
 * entries in the term index and its event.
 * <p>
 * A story row holds its whole centroid (terms and unscaled sums, as arrays) and when it closes at
 * its pace; {@code story_term} is the term index: one row for each of the centroid's heaviest
 * {@link CandidateRule#storyTerms()} terms, with the language, the term's weight in the unit
 * centroid and the story's closing time, so that the look-up reads, for each of the article's
 * heaviest terms, only the open stories weighing it most, straight from one index, and then the
 * rows of the few best stories. What it reads is bounded by the rule, not by the number of stored
 * or open stories.
 * <p>
 * The writes of one language's stories follow each other: each moves the language's story clock
 * (a row of {@code story_clock}, locked until the commit), taken after the article's own write
 * locks. A decision stands only if no story of the language changed since the look-up it was made
 * from, so the decisions are those of the single pass in commit order, on any number of replicas.
 * A lock on the chosen story alone would let two first reports of one event, written at once,
 * start two stories. The look-up runs before the clock is taken, so under it there is only the
 * write of one story (and the look-up again, when another write came first); the profile is never
 * computed in the transaction at all.
 * <p>
 * Plain JDBC on the transaction's connection, as for the corpus statistics: these statements run
 * on every store.
 */
@ApplicationScoped
public class StoryMembership {

    /** An article joining a story: its id, language, time, headline, profile, and its original's story when it is a near copy. */
    public record Member(long articleId, String language, Instant time, String headline, ArticleProfile profile, Long originalStory) {
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

    /** The article's profile, with document frequencies from the stored corpus; outside any transaction. */
    @Timed(value = "precis.stories.profile", description = "Time to make an article's story profile", histogram = true)
    public ArticleProfile profile(String title, String text, String language) {
        Language lang = Language.byCode(language).orElseThrow(() -> new IllegalArgumentException("unknown language " + language));
        return profiler.profile(title, text, lang, corpus, matcher.options());
    }

    /**
     * Puts the article into a story (its original's, the most similar open one, or a new one), in
     * the caller's transaction. The look-up and the decision are made first, without waiting for
     * anyone, on one snapshot that also reads the language's story clock; the clock is then moved
     * on, which waits for a concurrent story write of the language and holds the next one off
     * until the commit. When the clock moved meanwhile, the look-up and the decision are made
     * again under it; otherwise nothing they read has changed and they stand.
     */
    @Timed(value = "precis.stories.join", description = "Time to put a stored article into its story, in the write transaction", histogram = true)
    public Joined join(Member member) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            Instant now = now();
            if (member.originalStory() != null) {
                // a near copy counts in its original's story, not in its centroid
                tick(connection, member.language());
                Optional<StoryEvent> updated = grow(connection, member, now);
                if (updated.isPresent()) {
                    events.record(updated.get());
                    return new Joined(member.originalStory(), false);
                }
                return place(connection, member, lookUp(connection, member), now);
            }
            LookUp seen = lookUp(connection, member);
            long tick = tick(connection, member.language());
            return place(connection, member, tick == seen.clock() + 1 ? seen : lookUp(connection, member), now);
        });
    }

    /** The article into the story the look-up chose, or into a new one; under the language's clock. */
    private Joined place(Connection connection, Member member, LookUp seen, Instant now) throws SQLException {
        Optional<StoryCentroid> chosen = matcher.choose(member.profile(), member.time(), seen.candidates());
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
        entityManager.unwrap(Session.class).doWork(connection -> {
            tick(connection, language);
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
    private Optional<StoryEvent> grow(Connection connection, Member member, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update story set size = size + 1, version = version + 1, updated_at = ?,"
                + " first_at = least(first_at, ?), latest_at = greatest(latest_at, ?) where id = ? " + RETURNING)) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setTimestamp(2, Timestamp.from(member.time()));
            update.setTimestamp(3, Timestamp.from(member.time()));
            update.setLong(4, member.originalStory());
            try (ResultSet row = update.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                close(connection, row);
                return Optional.of(event(StoryEvent.UPDATED, row, member.articleId(), now));
            }
        }
    }

    /** What one look-up saw: the language's story clock and the candidates, from one snapshot. */
    private record LookUp(long clock, List<StoryCentroid> candidates) {
    }

    /**
     * The language's story clock and the stories the matcher compares the article with, in one
     * statement: by the {@link CandidateRule}, for each of the profile's heaviest terms, the open
     * stories of its language that weigh the term most (one ordered range of the term index each),
     * ranked by their cosine with the profile over those terms; the best ones with their rows.
     */
    private LookUp lookUp(Connection connection, Member member) throws SQLException {
        ArticleProfile profile = member.profile();
        List<String> heaviest = profile.heaviestTerms(rule.articleTerms());
        Double[] weights = new Double[heaviest.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = profile.weight(heaviest.get(i));
        }
        long clock = 0;
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
                select c.tick, s.id, s.size, s.first_at, s.latest_at, s.terms, s.sums
                from (select coalesce((select tick from story_clock where language = ?), 0) as tick) as c
                left join (shortlist join story s on s.id = shortlist.story_id) on true
                """)) {
            query.setArray(1, termArray);
            query.setArray(2, weightArray);
            query.setString(3, member.language());
            query.setTimestamp(4, Timestamp.from(member.time()));
            query.setInt(5, rule.perTerm());
            query.setInt(6, rule.shortlist());
            query.setString(7, member.language());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    clock = rows.getLong(1);
                    if (rows.getObject(2) != null) {
                        centroids.add(centroid(rows));
                    }
                }
            }
        } finally {
            termArray.free();
            weightArray.free();
        }
        return new LookUp(clock, centroids);
    }

    /** A story's centroid from its row (id, size, first_at, latest_at, terms, sums from column 2 on). */
    private StoryCentroid centroid(ResultSet row) throws SQLException {
        String[] terms = (String[]) row.getArray(6).getArray();
        Double[] sums = (Double[]) row.getArray(7).getArray();
        Map<String, Double> sum = new HashMap<>(terms.length * 2);
        for (int i = 0; i < terms.length; i++) {
            sum.put(terms[i], sums[i]);
        }
        return new StoryCentroid(row.getLong(2), ArticleProfile.of(sum, matcher.options().profileTerms()), sum, row.getInt(3),
                row.getTimestamp(4).toInstant(), row.getTimestamp(5).toInstant());
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
