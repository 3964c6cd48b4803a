package dev.precis.corpus;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import dev.precis.summary.TermStatistics;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Reads and records the corpus statistics kept in PostgreSQL: how many articles of a language are
 * stored and how many of them contain each term. Every replica reads the same tables, so two
 * instances give the same term weights.
 */
@ApplicationScoped
public class CorpusStatistics implements TermStatistics {

    private static final Logger LOG = Logger.getLogger(CorpusStatistics.class);
    /** A summary must not wait long for statistics: without them it falls back to the article's own. */
    private static final int LOOKUP_TIMEOUT_MS = 2000;

    private final EntityManager entityManager;

    CorpusStatistics(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Statistics of one language, read when the engine asks for them. */
    @Override
    public TermStatistics.Snapshot lookup(String language, Collection<String> terms) {
        try {
            return QuarkusTransaction.joiningExisting().call(() -> read(language, terms));
        } catch (RuntimeException e) {
            // the summary is still worth giving without corpus figures; the database may be down
            LOG.debugf("Corpus statistics unavailable (%s); using the article's own term weights", e.getClass().getSimpleName());
            return TermStatistics.Snapshot.EMPTY;
        }
    }

    private TermStatistics.Snapshot read(String language, Collection<String> terms) {
        List<?> size = entityManager.createNativeQuery("select documents from corpus_size where language = ?1")
                .setParameter(1, language)
                .setHint("jakarta.persistence.query.timeout", LOOKUP_TIMEOUT_MS)
                .getResultList();
        long documents = size.isEmpty() ? 0 : ((Number) size.get(0)).longValue();
        if (documents == 0 || terms.isEmpty()) {
            return new TermStatistics.Snapshot(documents, Map.of());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("select term, documents from term_document_frequency where language = ?1 and term = any(?2)")
                .setParameter(1, language)
                .setParameter(2, terms.toArray(String[]::new))
                .setHint("jakarta.persistence.query.timeout", LOOKUP_TIMEOUT_MS)
                .getResultList();
        Map<String, Long> frequencies = new HashMap<>(rows.size() * 2);
        for (Object[] row : rows) {
            frequencies.put((String) row[0], ((Number) row[1]).longValue());
        }
        return new TermStatistics.Snapshot(documents, frequencies);
    }

    /**
     * Records that an article with these distinct terms was stored ({@code +1}) or deleted
     * ({@code -1}). One appended row, in the caller's transaction: no shared counter is locked.
     */
    public void record(String language, List<String> terms, int sign) {
        entityManager.createNativeQuery("insert into corpus_change (language, sign, terms) values (?1, ?2, ?3)")
                .setParameter(1, language)
                .setParameter(2, (short) sign)
                .setParameter(3, terms.toArray(String[]::new))
                .executeUpdate();
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

    /** Advisory lock key of the fold ("precis corpus fold"). */
    static final long FOLD_LOCK = 0x7072656369730001L;
}
