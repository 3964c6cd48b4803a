package dev.precis.summary;

/** A word that characterizes the article, as written in it, with its weight relative to the top keyword. */
public record Keyword(String word, double weight) {
}
