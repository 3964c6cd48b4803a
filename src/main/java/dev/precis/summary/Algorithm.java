package dev.precis.summary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The ways Precis can rank sentences; {@link #NEWS} is the default. */
public enum Algorithm {
    /** Term weight of each sentence combined with the signals of news writing (see {@code NewsRanker}). */
    NEWS("news"),
    /** The first sentences of the article, the classic baseline for news. */
    LEAD("lead");

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
