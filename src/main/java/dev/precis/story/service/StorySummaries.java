package dev.precis.story.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.precis.PrecisConfig;
import dev.precis.summaries.service.SummaryService;
import dev.precis.summary.MultiDocumentSummarizer;
import dev.precis.summary.MultiDocumentSummary;
import io.agroal.api.AgroalDataSource;

/**
 * The summary of a story: {@link MultiDocumentSummarizer} over its latest originals (at most
 * {@code precis.stories.summary-articles}; near copies repeat them), each sentence attributed to
 * its article. A summary is kept under its story's version, which moves with every change to the
 * story, so a kept summary is never stale; at most {@code precis.stories.summary-cache-size} are
 * kept per replica, the least recently read dropped first.
 */
@ApplicationScoped
public class StorySummaries {

    /** A story's summary, the version of the story it was made from, and how many articles it drew on. */
    public record StorySummary(long storyId, int version, int articles, MultiDocumentSummary summary) {
    }

    private record Key(long storyId, int version, MultiDocumentSummarizer.Options length) {
    }

    private final AgroalDataSource dataSource;
    private final SummaryService summaries;
    private final int maxArticles;
    private final Map<Key, StorySummary> kept;

    StorySummaries(AgroalDataSource dataSource, SummaryService summaries, PrecisConfig config) {
        this.dataSource = dataSource;
        this.summaries = summaries;
        this.maxArticles = config.stories().summaryArticles();
        int capacity = config.stories().summaryCacheSize();
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, StorySummary> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The summary of story {@code id}; empty when there is no such story. */
    public Optional<StorySummary> summarize(long id, MultiDocumentSummarizer.Options length) {
        try {
            Optional<Integer> version = version(id);
            if (version.isEmpty()) {
                return Optional.empty();
            }
            Key key = new Key(id, version.get(), length);
            StorySummary summary;
            synchronized (kept) {
                summary = kept.get(key);
            }
            if (summary != null) {
                return Optional.of(summary);
            }
            // made outside the lock: two readers of one new version may both make it, and get the same
            List<MultiDocumentSummarizer.Document> documents = documents(id);
            summary = new StorySummary(id, version.get(), documents.size(), summaries.summarize(documents, length));
            synchronized (kept) {
                kept.put(key, summary);
            }
            return Optional.of(summary);
        } catch (SQLException e) {
            throw new IllegalStateException("Story " + id + " could not be read", e);
        }
    }

    /** How many summaries this replica keeps now. */
    int kept() {
        synchronized (kept) {
            return kept.size();
        }
    }

    private Optional<Integer> version(long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select version from story where id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getInt(1)) : Optional.empty();
            }
        }
    }

    /**
     * The story's latest originals, read with their texts; its latest copy when it holds only
     * copies (of an original stored before stories were kept).
     */
    private List<MultiDocumentSummarizer.Document> documents(long id) throws SQLException {
        List<MultiDocumentSummarizer.Document> documents = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select a.id, coalesce(a.title, a.detected_title), a.body,"
                        + " coalesce(a.published_at, a.created_at), a.copy_of is not null from story_article m join article a on a.id = m.article_id"
                        + " where m.story_id = ? order by a.copy_of is not null, coalesce(a.published_at, a.created_at) desc, a.id desc limit ?")) {
            query.setLong(1, id);
            query.setInt(2, maxArticles);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    boolean copy = rows.getBoolean(5);
                    if (copy && !documents.isEmpty()) {
                        break;
                    }
                    documents.add(new MultiDocumentSummarizer.Document(Long.toString(rows.getLong(1)), rows.getString(2), rows.getString(3),
                            rows.getTimestamp(4).toInstant()));
                    if (copy) {
                        break;
                    }
                }
            }
        }
        return documents;
    }
}
