package dev.precis.article;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The summary stored with an article: the chosen sentences and how they were chosen. */
@Entity
@Table(name = "summary")
public class Summary extends PanacheEntityBase {

    @Id
    @Column(name = "article_id")
    public Long id;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    public Article article;

    @Column(nullable = false)
    public String algorithm;

    @Column(nullable = false)
    public String language;

    /** Whether the language was detected rather than named by the request. */
    @Column(name = "language_detected", nullable = false)
    public boolean languageDetected;

    /** Noise taken out of the text before summarizing, as counts by kind. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Integer> cleaning;

    /** The options the summary was made with, as the request gave them after defaults. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> options;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<StoredSentence> sentences;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<StoredKeyword> keywords;

    @Column(name = "sentence_count", nullable = false)
    public int sentenceCount;

    @Column(name = "word_count", nullable = false)
    public int wordCount;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The chosen sentences joined by a space: the summary as one text. */
    public String text() {
        return String.join(" ", sentences.stream().map(StoredSentence::text).toList());
    }

    /** A chosen sentence as stored: its position in the article, offsets, score and text. */
    @RegisterForReflection
    public record StoredSentence(int index, int start, int end, double score, String text) {
    }

    /** A keyword as stored: the word and its weight relative to the top keyword. */
    @RegisterForReflection
    public record StoredKeyword(String word, double weight) {
    }
}
