package dev.precis.summary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The ways Precis can rank sentences. */
public enum Algorithm {
    /**
     * The default: how central a sentence's terms are to the article, weighed against where the
     * story puts it, with repeated content left out (see {@link NewsCentralityRanker}).
     */
    NEWS_CENTRALITY("news-centrality"),
    /** Graph ranking by word overlap, after Mihalcea and Tarau (2004). */
    TEXTRANK("textrank"),
    /** Graph ranking by IDF-weighted cosine similarity, after Erkan and Radev (2004). */
    LEXRANK("lexrank"),
    /** Clusters of significant words, after Luhn (1958). */
    LUHN("luhn"),
    /** The first sentences of the article, the classic baseline for news. */
    LEAD("lead");

    public static final Algorithm DEFAULT = NEWS_CENTRALITY;

    private final String id;

    Algorithm(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Algorithm> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.id.equals(wanted)).findFirst();
    }

    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(Algorithm::id).toList());
    }
}
