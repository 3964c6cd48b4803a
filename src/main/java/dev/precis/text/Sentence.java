package dev.precis.text;

/**
 * One sentence of an article: its position among the article's sentences, the character offsets
 * of its text in the submitted article ({@code end} exclusive) and that text.
 */
public record Sentence(int index, int start, int end, String text) {
}
