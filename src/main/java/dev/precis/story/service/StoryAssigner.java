package dev.precis.story.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import javax.sql.DataSource;

import org.hibernate.Session;
import org.jboss.logging.Logger;

import dev.precis.PrecisConfig;
import dev.precis.story.service.StoryMembership.Member;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Puts the stored articles waiting in {@code story_pending} into their stories, apart from the
 * stores: a store only queues its article, so stores of one language never wait for each other's
 * story decision, and the decisions of a whole batch share one transaction and one commit.
 * <p>
 * Every replica runs it every {@code precis.stories.assign-interval}; a transaction-scoped
 * advisory lock lets one replica assign at a time, and it then places every waiting article, a
 * batch of at most {@code precis.stories.assign-batch} at a time, oldest first, before it waits
 * again. An article's {@code storyId} is therefore known within about a second after its store
 * answered (while stores come faster than the assigner places them, the queue grows and drains
 * afterwards; the gauge {@code precis.stories.waiting} shows it). A replica that stops midway leaves its
 * batch uncommitted, and the next run, on any replica, takes the same articles again.
 */
@ApplicationScoped
public class StoryAssigner {

    private static final Logger LOG = Logger.getLogger(StoryAssigner.class);
    /** Advisory lock key of the assigner ("precis story assigner"). */
    static final long ASSIGNER_LOCK = 0x7072656369730003L;
    /** The longest one run keeps placing before it lets the scheduler call it again. */
    private static final long RUN_LIMIT_NANOS = 10_000_000_000L;

    /**
     * Every story write replaces rows of {@code story} and {@code story_term} (about 20 entries a
     * story), so the tables fill with dead rows at the rate articles are placed; with autovacuum off
     * or behind, the candidate look-up's index ranges fill with them too and it stops being an
     * index-only scan. Vacuumed (and analyzed) after this many placements, they stay small.
     */
    static final int VACUUM_AFTER_ARTICLES = 2_000;

    private final StoryMembership membership;
    private final EntityManager entityManager;
    private final DataSource dataSource;
    private final int batchSize;
    private final AtomicLong waiting = new AtomicLong();
    private int placedSinceVacuum;

    StoryAssigner(StoryMembership membership, EntityManager entityManager, DataSource dataSource, PrecisConfig config,
            MeterRegistry registry) {
        this.membership = membership;
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.batchSize = config.stories().assignBatch();
        Gauge.builder("precis.stories.waiting", waiting, AtomicLong::get)
                .description("Stored articles waiting for their story, as the last assignment run left them").register(registry);
    }

    @Scheduled(every = "${precis.stories.assign-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        long started = System.nanoTime();
        try {
            int placed;
            do {
                placed = assignWaiting();
                placedSinceVacuum += placed;
                if (placedSinceVacuum >= VACUUM_AFTER_ARTICLES) {
                    vacuum();
                    placedSinceVacuum = 0;
                }
                // a full batch: more may be waiting
            } while (placed == batchSize && System.nanoTime() - started < RUN_LIMIT_NANOS);
            waiting.set(QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                    .createNativeQuery("select count(*) from story_pending").getSingleResult()).longValue()));
        } catch (RuntimeException e) {
            // the database is away or a statement failed: the batch rolled back and waits for the next run
            LOG.warnf("Story assignment failed, the articles stay queued: %s", e.toString());
        }
    }

    /** A plain vacuum runs outside a transaction and blocks neither stores nor the look-ups. */
    private void vacuum() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // outside a transaction, so the longer limit is the session's until the pool gets it back
            statement.execute("set statement_timeout = '10min'");
            try {
                statement.execute("vacuum (analyze) story, story_term, story_article, story_pending, story_clock");
            } finally {
                statement.execute("reset statement_timeout");
            }
        } catch (SQLException e) {
            LOG.warnf("Vacuum of the story tables failed: %s", e.toString());
        }
    }

    /**
     * Places one batch of waiting articles into their stories, in one transaction.
     *
     * @return how many were placed: 0 when none waits or another replica is assigning
     */
    public int assignWaiting() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Member> members = entityManager.unwrap(Session.class).doReturningWork(connection -> {
                try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
                    lock.setLong(1, ASSIGNER_LOCK);
                    try (ResultSet row = lock.executeQuery()) {
                        row.next();
                        if (!row.getBoolean(1)) {
                            return List.<Member>of();
                        }
                    }
                }
                return waiting(connection);
            });
            membership.assign(members);
            return members.size();
        });
    }

    /**
     * The oldest waiting articles with what their profiles need, their queue rows and article rows
     * locked; rows a delete or update holds are left for the next batch. The article rows are locked
     * without their keys, so a store of a near copy, whose row refers to its original, never waits
     * for a batch that holds the original. A near copy comes with its
     * original's story as it stands (an original placed earlier in the same batch is known to
     * {@link StoryMembership#assign}).
     */
    private List<Member> waiting(Connection connection) throws SQLException {
        List<Member> members = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select a.id, a.language, coalesce(a.published_at, a.created_at), coalesce(a.title, a.detected_title), a.body, a.copy_of,
                    o.story_id
                from story_pending p
                join article a on a.id = p.article_id
                left join story_article o on o.article_id = a.copy_of
                order by p.article_id
                limit ?
                for update of p skip locked for no key update of a skip locked
                """)) {
            query.setInt(1, batchSize);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String language = rows.getString(2);
                    Instant time = rows.getTimestamp(3).toInstant();
                    String headline = rows.getString(4);
                    Long original = rows.getObject(6) == null ? null : rows.getLong(6);
                    Long originalStory = rows.getObject(7) == null ? null : rows.getLong(7);
                    members.add(new Member(rows.getLong(1), language, time, headline, membership.profile(headline, rows.getString(5), language),
                            original, originalStory));
                }
            }
        }
        return members;
    }
}
