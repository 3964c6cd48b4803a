package dev.precis.summary;

/** A sentence chosen for a summary: its place in the article, its offsets and text, and its score in [0, 1]. */
public record ScoredSentence(int index, int start, int end, String text, double score) {
}
