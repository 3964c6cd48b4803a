package dev.precis.article;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;

/** A stored news article. Its text is unique by normalized hash; its summary is written with it. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
    public Long id;

    public String title;

    /** The article text: as submitted, or as extracted from the submitted HTML page (see {@link #format}). */
    @Column(name = "body", nullable = false)
    public String text;

    /** {@code text} when the article was submitted as text, {@code html} when its text was extracted from a page. */
    @Column(nullable = false)
    public String format = "text";

    public String url;

    public String source;

    @Column(nullable = false)
    public String language;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "text_hash", nullable = false, columnDefinition = "bpchar(64)")
    public String textHash;

    @OneToOne(mappedBy = "article", cascade = CascadeType.ALL, fetch = FetchType.LAZY, optional = false)
    public Summary summary;

    public static Optional<Article> findWithSummary(long id) {
        return find("from Article a join fetch a.summary where a.id = ?1", id).firstResultOptional();
    }

    /**
     * Takes the transaction's advisory lock {@code key}, waiting while another transaction holds
     * it. Plain JDBC on the session's connection: storing runs it for every article, and a native
     * query through Hibernate costs more than the database's answer.
     */
    public static void lockText(long key) {
        session().doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, key);
                lock.executeQuery().close();
            }
        });
    }

    /** The id of the article with this text hash, if one is stored; plain JDBC, as {@link #lockText}. */
    public static Optional<Long> idByTextHash(String textHash) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("select id from article where text_hash = ?")) {
                query.setString(1, textHash);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    private static Session session() {
        return getEntityManager().unwrap(Session.class);
    }

    /**
     * One page, newest first, strictly after the position {@code after} (keyset pagination: stable
     * while new articles arrive, and as fast for the last page as for the first).
     */
    public static List<Article> page(ArticlePosition after, String source, int limit) {
        StringBuilder query = new StringBuilder("from Article a join fetch a.summary where 1 = 1");
        Parameters params = new Parameters();
        if (source != null) {
            query.append(" and a.source = :source");
            params.and("source", source);
        }
        if (after != null) {
            query.append(" and (a.createdAt < :createdAt or (a.createdAt = :createdAt and a.id < :id))");
            params.and("createdAt", after.createdAt()).and("id", after.id());
        }
        query.append(" order by a.createdAt desc, a.id desc");
        return find(query.toString(), params).page(0, limit).list();
    }
}
