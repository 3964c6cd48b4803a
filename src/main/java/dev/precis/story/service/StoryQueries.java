package dev.precis.story.service;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dev.precis.PrecisConfig;
import dev.precis.story.StoryFilter;
import dev.precis.story.StoryPosition;
import dev.precis.text.Language;
import io.agroal.api.AgroalDataSource;

/**
 * Reads stories: pages of a filtered list, newest first by latest article, and one story with its
 * articles. Nothing here writes; plain JDBC reads, no transaction. A story's articles are the rows
 * of {@code article} that name it; they are read here by their columns, so the story feature
 * depends on the article table but not on the article feature's classes (which depend on it).
 */
@ApplicationScoped
public class StoryQueries {

    /** A story as listed. */
    public record StoryView(long id, String language, int size, Instant firstAt, Instant latestAt, String headline, int version,
            List<String> sources) {
    }

    /** An article of a story: enough to list it and open it. */
    public record StoryArticle(long id, String title, String source, String url, Instant publishedAt, Instant createdAt, Long copyOf) {
    }

    /** One page of a list, and the cursor of the next page ({@code null} on the last). */
    public record Page(List<StoryView> stories, String next) {
    }

    /** A story with its newest articles. */
    public record StoryDetail(StoryView story, List<StoryArticle> articles) {
    }

    private static final String COLUMNS = "s.id, s.language, s.size, s.first_at, s.latest_at, s.headline, s.version";

    private final AgroalDataSource dataSource;
    private final int maxArticles;

    StoryQueries(AgroalDataSource dataSource, PrecisConfig config) {
        this.dataSource = dataSource;
        this.maxArticles = config.stories().maxArticles();
    }

    /**
     * One page of the stories the filter shows, newest first by their latest article, after the
     * position {@code cursor} names. A story that takes an article while a client pages moves to
     * the front of the list: a client that wants it starts again from the first page.
     *
     * @throws dev.precis.problem.InvalidRequestException when the cursor is not one of this list's
     */
    public Page list(StoryFilter filter, String cursor, int limit) {
        StoryPosition after = cursor == null || cursor.isBlank() ? null : StoryCursor.decode(cursor, filter);
        try {
            return read(filter, after, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("The story list could not be read", e);
        }
    }

    private Page read(StoryFilter filter, StoryPosition after, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        String with = "";
        List<Object> withParams = List.of();
        String from = " from story s";
        if (filter.language() != null) {
            sql.append(" and s.language = ?");
            params.add(filter.language());
        }
        if (filter.since() != null) {
            sql.append(" and s.latest_at >= ?");
            params.add(Timestamp.from(filter.since()));
        }
        if (filter.until() != null) {
            sql.append(" and s.first_at < ?");
            params.add(Timestamp.from(filter.until()));
        }
        if (filter.source() != null) {
            sql.append(" and exists (select 1 from story_article m join article a on a.id = m.article_id where m.story_id = s.id and a.source = ?)");
            params.add(filter.source());
        }
        if (filter.query() != null) {
            // matched in each article's own language, as the article list does: with a language, the query parsed in its
            // configuration; without, the index finds the articles matching in any configuration and each is kept if it
            // matches in its own, with the query parsed once for each language rather than once for each article
            if (filter.language() != null) {
                sql.append(" and exists (select 1 from story_article m join article a on a.id = m.article_id where m.story_id = s.id"
                        + " and a.search_vector @@ websearch_to_tsquery(article_search_config(?), ?))");
                params.add(filter.language());
                params.add(filter.query());
            } else {
                sql.append(" and exists (select 1 from story_article m join article a on a.id = m.article_id where m.story_id = s.id and a.search_vector @@ article_search_query(?)"
                        + " and a.search_vector @@ coalesce(q.parsed[array_position(q.codes, cast(a.language as text))],"
                        + " websearch_to_tsquery(article_search_config(a.language), ?)))");
                params.add(filter.query());
                params.add(filter.query());
                with = "with q as materialized (select l.codes, array(select websearch_to_tsquery(article_search_config(c.code), ?)"
                        + " from unnest(l.codes) with ordinality as c(code, n) order by c.n) as parsed"
                        + " from (select string_to_array(?, ',') as codes) as l) ";
                withParams = List.of(filter.query(), Language.supported().stream().map(Language::code).collect(Collectors.joining(",")));
                from = " from story s cross join q";
            }
        }
        if (after != null) {
            sql.append(" and (s.latest_at, s.id) < (?, ?)");
            params.add(Timestamp.from(after.latestAt()));
            params.add(after.id());
        }
        sql.append(" order by s.latest_at desc, s.id desc limit ?");
        // one row more than the page tells whether a next page exists
        params.add(limit + 1);
        sql.insert(0, with + "select " + COLUMNS + from);
        params.addAll(0, withParams);
        try (Connection connection = dataSource.getConnection()) {
            List<StoryView> found = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < params.size(); i++) {
                    query.setObject(i + 1, params.get(i));
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(view(rows, List.of()));
                    }
                }
            }
            List<StoryView> shown = withSources(connection, found.subList(0, Math.min(limit, found.size())));
            String next = null;
            if (found.size() > limit) {
                StoryView last = shown.get(shown.size() - 1);
                next = StoryCursor.encode(new StoryPosition(last.latestAt(), last.id()), filter);
            }
            return new Page(shown, next);
        }
    }

    /** The story with its newest {@code precis.stories.max-articles} articles. */
    public Optional<StoryDetail> find(long id) {
        try {
            return read(id);
        } catch (SQLException e) {
            throw new IllegalStateException("Story " + id + " could not be read", e);
        }
    }

    private Optional<StoryDetail> read(long id) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            StoryView story;
            try (PreparedStatement query = connection.prepareStatement("select " + COLUMNS + " from story s where s.id = ?")) {
                query.setLong(1, id);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    story = view(row, List.of());
                }
            }
            story = withSources(connection, List.of(story)).get(0);
            List<StoryArticle> articles = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("select a.id, coalesce(a.title, a.detected_title), a.source, a.url,"
                    + " a.published_at, a.created_at, a.copy_of from story_article m join article a on a.id = m.article_id where m.story_id = ?"
                    + " order by coalesce(a.published_at, a.created_at) desc, a.id desc limit ?")) {
                query.setLong(1, id);
                query.setInt(2, maxArticles);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Timestamp published = rows.getTimestamp(5);
                        articles.add(new StoryArticle(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                                published == null ? null : published.toInstant(), rows.getTimestamp(6).toInstant(),
                                rows.getObject(7) == null ? null : rows.getLong(7)));
                    }
                }
            }
            return Optional.of(new StoryDetail(story, articles));
        }
    }

    /** The stories with the sources of their articles, in one query for the page. */
    private static List<StoryView> withSources(Connection connection, List<StoryView> stories) throws SQLException {
        if (stories.isEmpty()) {
            return stories;
        }
        Map<Long, List<String>> sources = new HashMap<>();
        Array ids = connection.createArrayOf("bigint", stories.stream().map(StoryView::id).toArray());
        try (PreparedStatement query = connection.prepareStatement("select m.story_id, array_agg(distinct a.source order by a.source)"
                + " from story_article m join article a on a.id = m.article_id where m.story_id = any(?) and a.source is not null group by m.story_id")) {
            query.setArray(1, ids);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sources.put(rows.getLong(1), Arrays.asList((String[]) rows.getArray(2).getArray()));
                }
            }
        } finally {
            ids.free();
        }
        return stories.stream().map(s -> new StoryView(s.id(), s.language(), s.size(), s.firstAt(), s.latestAt(), s.headline(), s.version(),
                List.copyOf(sources.getOrDefault(s.id(), List.of())))).toList();
    }

    private static StoryView view(ResultSet row, List<String> sources) throws SQLException {
        return new StoryView(row.getLong(1), row.getString(2), row.getInt(3), row.getTimestamp(4).toInstant(), row.getTimestamp(5).toInstant(),
                row.getString(6), row.getInt(7), sources);
    }
}
