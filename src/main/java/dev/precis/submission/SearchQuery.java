package dev.precis.submission;

import dev.precis.problem.InvalidRequestException;

/**
 * The full-text query of a list (articles, stories), checked alike wherever it is given: web search
 * syntax, at most {@link #MAX_CHARACTERS} characters and {@link #MAX_WORDS} words.
 */
public final class SearchQuery {

    /** The longest full-text query, in characters. */
    public static final int MAX_CHARACTERS = 500;

    /**
     * The most words a full-text query may have. Each word is looked up in the index once for each
     * language's configuration, and ranking loops over every pair of the words it finds, so a
     * query's cost grows with its words (docs/BENCHMARKS.md). 500 characters leave room for about 80
     * words; 32 hold any query a person types. Past the cap the query is refused, not cut: a search
     * for its first 32 words would silently answer another question than the one asked, while a
     * client that builds queries learns the rule from the first refusal.
     */
    public static final int MAX_WORDS = 32;

    private SearchQuery() {
    }

    /** The query given in the parameter {@code name}, stripped; {@code null} when none or blank. */
    public static String read(String name, String value) {
        SubmissionReader.rejectUnstorable(name, value);
        String search = value == null || value.isBlank() ? null : value.strip();
        if (search != null && search.length() > MAX_CHARACTERS) {
            throw new InvalidRequestException(name, "must be at most " + MAX_CHARACTERS + " characters");
        }
        if (search != null && words(search) > MAX_WORDS) {
            throw new InvalidRequestException(name, "must have at most " + MAX_WORDS + " words");
        }
        return search;
    }

    /**
     * How many words the query has, as PostgreSQL's parser would find them, near enough for a
     * limit: runs of letters and digits. The operator {@code or} is a word too; signs and quotes are not.
     */
    static int words(String query) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < query.length(); ) {
            int c = query.codePointAt(i);
            boolean part = Character.isLetterOrDigit(c);
            if (part && !inWord) {
                words++;
            }
            inWord = part;
            i += Character.charCount(c);
        }
        return words;
    }
}
