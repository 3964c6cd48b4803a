package dev.precis.article;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Query;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.Session;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.precis.text.Language;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A stored news article. Its text is unique by normalized hash; its summary is written with it. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
    public Long id;

    public String title;

    /** The headline the text opens with, when no title was given (see {@link dev.precis.text.Headline#find}); else {@code null}. */
    @Column(name = "detected_title")
    public String detectedTitle;

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

    /**
     * The MinHash signature of the text ({@link dev.precis.stories.NearCopySignature#values()}), read only
     * to compare a new text with this one; lazy so that reading an article does not load it.
     */
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "minhash", columnDefinition = "integer[]")
    public int[] minhash;

    /** The signature's band keys, the near-copy look-up's index ({@link dev.precis.stories.NearCopySignature#bandKeys()}). */
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "band_keys", columnDefinition = "bigint[]")
    public long[] bandKeys;

    /** The original this article is a near copy of (the earliest article of its group), or {@code null}. */
    @Column(name = "copy_of")
    public Long copyOf;

    /**
     * The story the article belongs to: read from {@code story_article}, which the story assigner
     * writes after the article is stored; {@code null} until then (about a second) and for
     * articles stored before stories were kept.
     */
    @Formula("(select m.story_id from story_article m where m.article_id = id)")
    public Long storyId;

    @OneToOne(mappedBy = "article", cascade = CascadeType.ALL, fetch = FetchType.LAZY, optional = false)
    public Summary summary;

    public static Optional<Article> findWithSummary(long id) {
        return find("from Article a join fetch a.summary where a.id = ?1", id).firstResultOptional();
    }

    public static Optional<Article> findByTextHash(String textHash) {
        return find("from Article a join fetch a.summary where a.textHash = ?1", textHash).firstResultOptional();
    }

    /**
     * Which of these text hashes are stored: one query where a batch would ask {@link #findByTextHash}
     * for each. Plain JDBC with the hashes as one array, so batches of any size share one prepared
     * statement (a query with a list parameter is a new statement for each length of the list).
     */
    public static Set<String> storedTextHashes(Collection<String> textHashes) {
        if (textHashes.isEmpty()) {
            return Set.of();
        }
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            Set<String> stored = new HashSet<>();
            try (PreparedStatement query = connection.prepareStatement("select text_hash from article where text_hash = any(?)")) {
                Array array = connection.createArrayOf("bpchar", textHashes.toArray());
                try {
                    query.setArray(1, array);
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            stored.add(rows.getString(1));
                        }
                    }
                } finally {
                    array.free();
                }
            }
            return stored;
        });
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

    /** A stored article that shares a band key with a new text: its original ({@code copyOf}, or itself) and signature. */
    public record NearCopyCandidate(long id, Long copyOf, int[] minhash) {

        /** The original of the group this article belongs to. */
        public long original() {
            return copyOf != null ? copyOf : id;
        }
    }

    /** The most candidates a near-copy look-up reads: a wire story re-sent a thousand times is compared with its first thousand. */
    static final int MAX_NEAR_COPY_CANDIDATES = 1000;

    /**
     * The stored articles (other than {@code except}) that share at least one band key with a
     * text's signature, grouped by their original, earliest group first: the candidates to
     * compare it with (the GIN index on {@code band_keys} answers the overlap). Plain JDBC on the transaction's connection, so the signatures come as
     * arrays without a round of entity loading.
     */
    public static List<NearCopyCandidate> nearCopyCandidates(long[] bandKeys, Long except) {
        if (bandKeys.length == 0) {
            return List.of();
        }
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            List<NearCopyCandidate> found = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "select id, copy_of, minhash from article where band_keys && ? and id <> ?"
                            + " order by coalesce(copy_of, id), id limit " + MAX_NEAR_COPY_CANDIDATES)) {
                Long[] keys = new Long[bandKeys.length];
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = bandKeys[i];
                }
                Array array = connection.createArrayOf("bigint", keys);
                try {
                    query.setArray(1, array);
                    query.setLong(2, except == null ? 0 : except);
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            long id = rows.getLong(1);
                            Long copyOf = rows.getObject(2) == null ? null : rows.getLong(2);
                            Integer[] values = (Integer[]) rows.getArray(3).getArray();
                            int[] minhash = new int[values.length];
                            for (int i = 0; i < minhash.length; i++) {
                                minhash[i] = values[i];
                            }
                            found.add(new NearCopyCandidate(id, copyOf, minhash));
                        }
                    }
                } finally {
                    array.free();
                }
            }
            return found;
        });
    }

    /** The band keys of an article's text, read without loading it (none when it has none, or there is no such article). */
    public static long[] bandKeysOf(long id) {
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("select band_keys from article where id = ?")) {
                query.setLong(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next() || rows.getArray(1) == null) {
                        return new long[0];
                    }
                    Long[] keys = (Long[]) rows.getArray(1).getArray();
                    long[] values = new long[keys.length];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = keys[i];
                    }
                    return values;
                }
            }
        });
    }

    /**
     * Before an original is deleted: the earliest of its near copies becomes the original, and the
     * others link to it.
     */
    public static void promoteFirstCopy(long original) {
        getEntityManager().createNativeQuery("""
                with first as (select min(id) as id from article where copy_of = ?1)
                update article set copy_of = case when article.id = first.id then null else first.id end
                from first where article.copy_of = ?1
                """).setParameter(1, original).executeUpdate();
    }

    /** An article of a list page, with its full-text rank when the list is ranked. */
    public record Hit(long id, Instant createdAt, Float rank) {
    }

    /**
     * One page of a list, strictly after the position {@code after} (keyset pagination: stable
     * while new articles arrive, and as fast for the last page as for the first). Newest first; by
     * relevance to the query, then newest id first, when the filter has one.
     * <p>
     * A query is matched in the article's own language: with a language filter the query is parsed
     * in that language's configuration and the GIN index answers it; without one, the index finds
     * the articles that match the query in any configuration, and each is kept only if it matches
     * in its own. The query is parsed once for each language, not once for each article.
     * <p>
     * Matching reads the full {@code search_vector}; the rank is PostgreSQL's {@code ts_rank} on
     * {@code rank_vector}, the title and the text's first 2,000 characters (migration V9), whose
     * cost is bounded whatever the length of the text. It is a property of the article and the
     * query alone, so it is a stable pagination key.
     */
    public static List<Hit> page(ArticleFilter filter, ArticlePosition after, int limit) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (filter.source() != null) {
            where.append(" and a.source = :source");
            params.put("source", filter.source());
        }
        if (filter.language() != null) {
            where.append(" and a.language = :language");
            params.put("language", filter.language());
        }
        if (filter.since() != null) {
            where.append(" and a.published_at >= :since");
            params.put("since", filter.since());
        }
        if (filter.until() != null) {
            where.append(" and a.published_at < :until");
            params.put("until", filter.until());
        }
        String sql;
        if (filter.ranked()) {
            params.put("query", filter.query());
            params.put("languages", filter.language() != null ? filter.language()
                    : Language.supported().stream().map(Language::code).collect(Collectors.joining(",")));
            // each article's query in its own language, parsed once for each language (q), not once for each
            // matching article: a long query takes tens of microseconds to parse. An article in a language
            // outside the list, which the service never stores, has the query parsed for itself.
            String own = "coalesce(q.parsed[array_position(q.codes, cast(a.language as text))],"
                    + " websearch_to_tsquery(article_search_config(a.language), :query))";
            if (filter.language() != null) {
                where.append(" and a.search_vector @@ websearch_to_tsquery(article_search_config(:language), :query)");
            } else {
                where.append(" and a.search_vector @@ article_search_query(:query) and a.search_vector @@ ").append(own);
            }
            String past = "";
            if (after != null) {
                past = " where (hit.rank < cast(:rank as real) or (hit.rank = cast(:rank as real) and hit.id < :id))";
                params.put("rank", after.rank());
                params.put("id", after.id());
            }
            sql = "with q as materialized (select l.codes, array(select websearch_to_tsquery(article_search_config(c.code), :query)"
                    + " from unnest(l.codes) with ordinality as c(code, n) order by c.n) as parsed"
                    + " from (select string_to_array(:languages, ',') as codes) as l)"
                    + " select hit.id, hit.created_at, hit.rank from (select a.id, a.created_at, ts_rank(a.rank_vector, " + own + ") as rank"
                    + " from article a cross join q" + where + ") as hit" + past
                    + " order by hit.rank desc, hit.id desc limit :limit";
        } else {
            if (after != null) {
                where.append(" and (a.created_at, a.id) < (:createdAt, :id)");
                params.put("createdAt", after.createdAt());
                params.put("id", after.id());
            }
            sql = "select a.id, a.created_at, cast(null as real) as rank from article a" + where + " order by a.created_at desc, a.id desc limit :limit";
        }
        params.put("limit", limit);
        Query query = getEntityManager().createNativeQuery(sql);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(row -> new Hit(((Number) row[0]).longValue(), instant(row[1]), row[2] == null ? null : ((Number) row[2]).floatValue()))
                .toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("created_at read as " + value.getClass().getName());
    }

    /**
     * The articles with these ids as a list shows them, with their summaries and without their
     * texts, in the order of the ids; an article deleted since its id was read is left out.
     */
    public static List<ListedArticle> listed(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = getEntityManager().createQuery("select a.id, a.title, a.detectedTitle, a.url, a.externalId, a.source,"
                + " a.language, a.publishedAt, a.createdAt, a.updatedAt, a.format, s, a.copyOf, a.storyId from Article a join a.summary s where a.id in ?1",
                Object[].class)
                .setParameter(1, ids).getResultList();
        Map<Long, ListedArticle> byId = new HashMap<>();
        for (Object[] row : rows) {
            ListedArticle article = new ListedArticle((Long) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                    (String) row[5], (String) row[6], (Instant) row[7], (Instant) row[8], (Instant) row[9], (String) row[10], (Summary) row[11], (Long) row[12],
                    (Long) row[13], null);
            byId.put(article.id(), article);
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The stored texts of these articles, by id. */
    public static Map<Long, String> texts(List<Long> ids) {
        Map<Long, String> texts = new HashMap<>();
        if (!ids.isEmpty()) {
            getEntityManager().createQuery("select a.id, a.text from Article a where a.id in ?1", Object[].class)
                    .setParameter(1, ids).getResultList()
                    .forEach(row -> texts.put((Long) row[0], (String) row[1]));
        }
        return texts;
    }

    /**
     * What an article weighs as stored, in bytes: its text, and its summary's sentences and
     * keywords as JSON. PostgreSQL measures them without sending them: the length of a text is
     * in its header; the summary is written out as JSON and counted where it is.
     */
    public record StoredSize(long text, long summary) {
    }

    /** The stored sizes of these articles, by id. */
    public static Map<Long, StoredSize> storedSizes(List<Long> ids) {
        Map<Long, StoredSize> sizes = new HashMap<>();
        if (!ids.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = getEntityManager().createNativeQuery("select a.id, octet_length(a.body),"
                    + " octet_length(cast(s.sentences as text)) + octet_length(cast(s.keywords as text))"
                    + " from article a join summary s on s.article_id = a.id where a.id in (:ids)")
                    .setParameter("ids", ids).getResultList();
            rows.forEach(row -> sizes.put(((Number) row[0]).longValue(),
                    new StoredSize(((Number) row[1]).longValue(), ((Number) row[2]).longValue())));
        }
        return sizes;
    }
}
