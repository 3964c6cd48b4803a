package dev.precis.article;

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
import jakarta.persistence.LockModeType;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

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

    /** The sender's own id for the article (unique when present): posting it again updates this article. */
    @Column(name = "external_id")
    public String externalId;

    public String source;

    @Column(nullable = false)
    public String language;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When the text, metadata or summary last changed; {@code createdAt} until the first update. */
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "text_hash", nullable = false, columnDefinition = "bpchar(64)")
    public String textHash;

    @OneToOne(mappedBy = "article", cascade = CascadeType.ALL, fetch = FetchType.LAZY, optional = false)
    public Summary summary;

    public static Optional<Article> findWithSummary(long id) {
        return find("from Article a join fetch a.summary where a.id = ?1", id).firstResultOptional();
    }

    public static Optional<Article> findByTextHash(String textHash) {
        return find("from Article a join fetch a.summary where a.textHash = ?1", textHash).firstResultOptional();
    }

    public static Optional<Article> findByExternalId(String externalId) {
        return find("from Article a join fetch a.summary where a.externalId = ?1", externalId).firstResultOptional();
    }

    /** The article stored under this url; the newest one if an older store holds the url twice. */
    public static Optional<Article> findByUrl(String url) {
        return find("from Article a join fetch a.summary where a.url = ?1 order by a.id desc", url).firstResultOptional();
    }

    /** {@link #findByExternalId}, with the row locked until the transaction ends. */
    public static Optional<Article> lockByExternalId(String externalId) {
        return find("from Article a join fetch a.summary where a.externalId = ?1", externalId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** {@link #findByUrl}, with the row locked until the transaction ends. */
    public static Optional<Article> lockByUrl(String url) {
        return find("from Article a join fetch a.summary where a.url = ?1 order by a.id desc", url)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The article with its summary, its row locked until the transaction ends (for a replace or update). */
    public static Optional<Article> lockWithSummary(long id) {
        return find("from Article a join fetch a.summary where a.id = ?1", id)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
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
