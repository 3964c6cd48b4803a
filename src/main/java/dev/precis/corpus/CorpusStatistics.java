package dev.precis.corpus;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.jboss.logging.Logger;


import dev.precis.PrecisConfig;
import dev.precis.summary.TermStatistics;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Reads and records the corpus statistics kept in PostgreSQL: how many articles of a language are
 * stored and how many of them contain each term. Every replica reads the same tables, so two
 * instances give the same term weights (up to the short time a replica keeps what it read).
 * <p>
 * Reads are on the hot path of every summary that needs IDF, so they go straight to JDBC (no
 * transaction, no entity manager), and each replica keeps the figures it read for
 * {@code precis.corpus.cache-ttl}: a term's document frequency changes slowly, and a summary
 * should not wait on the database for it.
 */
@ApplicationScoped
public class CorpusStatistics implements TermStatistics {

    private static final Logger LOG = Logger.getLogger(CorpusStatistics.class);
    /** A summary must not wait long for statistics: without them it falls back to the article's own. */
    private static final int LOOKUP_TIMEOUT_SECONDS = 2;
    /** After a failed read, summaries skip the database for this long rather than each waiting for it. */
    private static final long RETRY_AFTER_NANOS = 5_000_000_000L;
    /** The corpus size is read again after at most a second; it is one row, but read by every summary. */
    private static final long MAX_SIZE_TTL_NANOS = 1_000_000_000L;

    private record Size(long documents, long readAt) {
    }

    /**
     * The document frequencies of one language read since {@code startedAt}. A generation is
     * dropped whole once it is older than the cache's time to live (or holds as many terms as the
     * cache may), so no figure is older than that; looking a term up is one hash-map read, where a
     * cache with an expiry time per entry costs several times as much, for each of the hundreds of
     * terms of every summary.
     */
    private record Generation(long startedAt, Map<String, Long> frequencies) {
    }

    private final EntityManager entityManager;
    private final AgroalDataSource dataSource;
    /** The current generation of document frequencies of each language. */
    private final Map<String, Generation> generations = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final long cacheSize;
    private final Map<String, Size> sizes = new ConcurrentHashMap<>();
    private final long sizeTtlNanos;
    private volatile long unavailableSince = System.nanoTime() - RETRY_AFTER_NANOS;

    CorpusStatistics(EntityManager entityManager, AgroalDataSource dataSource, PrecisConfig config) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        Duration ttl = config.corpus().cacheTtl();
        this.ttlNanos = ttl.toNanos();
        this.cacheSize = config.corpus().cacheSize();
        this.sizeTtlNanos = Math.min(MAX_SIZE_TTL_NANOS, ttl.toNanos());
    }

    /** Statistics of one language, read when the engine asks for them. */
    @Override
    public TermStatistics.Snapshot lookup(String language, Collection<String> terms) {
        if (System.nanoTime() - unavailableSince < RETRY_AFTER_NANOS) {
            return TermStatistics.Snapshot.EMPTY;
        }
        try {
            return read(language, terms);
        } catch (SQLException | RuntimeException e) {
            // the summary is still worth giving without corpus figures; the database may be down
            unavailableSince = System.nanoTime();
            LOG.debugf("Corpus statistics unavailable (%s); using the article's own term weights", e.getClass().getSimpleName());
            return TermStatistics.Snapshot.EMPTY;
        }
    }

    private TermStatistics.Snapshot read(String language, Collection<String> terms) throws SQLException {
        Map<String, Long> found = new HashMap<>(terms.size() * 2);
        List<String> missing = new ArrayList<>();
        Map<String, Long> cached = frequencies(language);
        for (String term : terms) {
            Long df = cached.get(term);
            if (df == null) {
                missing.add(term);
            } else if (df > 0) {
                found.put(term, df);
            }
        }
        Size size = sizes.get(language);
        boolean sizeStale = size == null || System.nanoTime() - size.readAt() >= sizeTtlNanos;
        if (!sizeStale && missing.isEmpty()) {
            return new TermStatistics.Snapshot(size.documents(), found);
        }
        try (Connection connection = dataSource.getConnection()) {
            if (sizeStale) {
                size = new Size(readSize(connection, language), System.nanoTime());
                sizes.put(language, size);
            }
            if (size.documents() > 0 && !missing.isEmpty()) {
                readFrequencies(connection, language, missing, found);
            }
        }
        return new TermStatistics.Snapshot(size.documents(), found);
    }

    private static long readSize(Connection connection, String language) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select documents from corpus_size where language = ?")) {
            query.setQueryTimeout(LOOKUP_TIMEOUT_SECONDS);
            query.setString(1, language);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    private void readFrequencies(Connection connection, String language, List<String> terms, Map<String, Long> found) throws SQLException {
        Map<String, Long> cached = frequencies(language);
        Map<String, Long> read = new HashMap<>(terms.size() * 2);
        try (PreparedStatement query = connection.prepareStatement(
                "select term, documents from term_document_frequency where language = ? and term = any(?)")) {
            query.setQueryTimeout(LOOKUP_TIMEOUT_SECONDS);
            query.setString(1, language);
            Array array = connection.createArrayOf("text", terms.toArray());
            query.setArray(2, array);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    read.put(rows.getString(1), rows.getLong(2));
                }
            } finally {
                array.free();
            }
        }
        for (String term : terms) {
            long df = read.getOrDefault(term, 0L);
            // terms in no document are remembered too, as 0, so they are not asked for again at once
            cached.put(term, df);
            if (df > 0) {
                found.put(term, df);
            }
        }
    }

    /** The document frequencies of a language read so far in the current generation, a new one when it is due. */
    private Map<String, Long> frequencies(String language) {
        long now = System.nanoTime();
        Generation current = generations.get(language);
        if (current == null || now - current.startedAt() >= ttlNanos || current.frequencies().size() >= cacheSize) {
            // two threads may both start one; the figures read into the one that loses are read again
            current = new Generation(now, new ConcurrentHashMap<>());
            generations.put(language, current);
        }
        return current.frequencies();
    }

    /**
     * Records that an article with these distinct terms was stored ({@code +1}) or deleted
     * ({@code -1}). One appended row, in the caller's transaction: no shared counter is locked.
     */
    public void record(String language, List<String> terms, int sign) {
        // plain JDBC on the transaction's connection: no native-query parsing and flush on every store
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into corpus_change (language, sign, terms) values (?, ?, ?)")) {
                Array array = connection.createArrayOf("text", terms.toArray());
                try {
                    insert.setString(1, language);
                    insert.setShort(2, (short) sign);
                    insert.setArray(3, array);
                    insert.executeUpdate();
                } finally {
                    array.free();
                }
            }
        });
    }

    /**
     * Adds the pending changes into the counters, in one transaction. A transaction-scoped
     * advisory lock lets one replica fold at a time; the others skip. Changes appended while the
     * fold runs are left for the next one (the delete sees only rows visible when it started).
     *
     * @return how many changes were folded, or -1 if another replica was folding
     */
    public int fold() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object locked = entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, FOLD_LOCK)
                    .getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return -1;
            }
            // a request's statements are cut at statement_timeout; the fold of a large backlog is
            // background work that must finish, so it gets longer
            entityManager.createNativeQuery("set local statement_timeout = '" + BACKGROUND_TIMEOUT + "'").executeUpdate();
            Number changes = (Number) entityManager.createNativeQuery("""
                    with moved as (
                        delete from corpus_change returning language, sign, terms
                    ), sizes as (
                        insert into corpus_size (language, documents)
                        select language, sum(sign) from moved group by language
                        on conflict (language) do update set documents = corpus_size.documents + excluded.documents
                    ), terms as (
                        insert into term_document_frequency (language, term, documents)
                        select m.language, t.term, sum(m.sign)
                        from moved m cross join lateral unnest(m.terms) as t(term)
                        group by m.language, t.term
                        order by 1, 2
                        on conflict (language, term) do update set documents = term_document_frequency.documents + excluded.documents
                    )
                    select count(*) from moved
                    """).getSingleResult();
            return changes.intValue();
        });
    }

    /**
     * Vacuums the tables the fold churns (see {@link CorpusFold#VACUUM_AFTER_CHANGES}). A plain
     * vacuum runs outside a transaction and blocks neither stores nor look-ups.
     */
    public void vacuum() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // outside a transaction, so the longer limit is the session's until the pool gets it back
            statement.execute("set statement_timeout = '" + BACKGROUND_TIMEOUT + "'");
            try {
                statement.execute("vacuum (analyze) corpus_change, term_document_frequency, corpus_size");
            } finally {
                statement.execute("reset statement_timeout");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Vacuum of the corpus tables failed", e);
        }
    }

    /** The statement_timeout of the fold and the vacuum, which no client waits for. */
    static final String BACKGROUND_TIMEOUT = "10min";

    /** Advisory lock key of the fold ("precis corpus fold"). */
    static final long FOLD_LOCK = 0x7072656369730001L;
}
