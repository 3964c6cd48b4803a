package dev.precis.stories;

import java.time.Duration;

/**
 * How articles are grouped into stories.
 *
 * @param threshold      the cosine similarity between an article's profile and a story's centroid
 *                       from which the article joins the story, in (0, 1)
 * @param window         the longest a story stays open after its latest article: an article joins
 *                       only stories with an article less than this long before it; also the prior
 *                       of a story's pace, one article per window (see {@link StoryCentroid#closesAt})
 * @param leadSentences  how many opening sentences make the lead
 * @param leadWeight     how much more a term counts in the title or the lead than in the rest of the
 *                       text (at least 1)
 * @param profileTerms   how many of its best terms an article's profile and a story's centroid keep
 * @param missedArticles how many articles, at the story's own pace, a silence may have missed before
 *                       the story counts as over (positive; infinite leaves only the window): at 3, a
 *                       silence that pace would bring about with less than e<sup>-3</sup> ≈ 5%
 *                       probability closes it
 */
public record StoryOptions(double threshold, Duration window, int leadSentences, double leadWeight, int profileTerms,
        double missedArticles) {

    /** The settings measured in {@code docs/stories.md}. */
    public static final StoryOptions DEFAULT = new StoryOptions(0.18, Duration.ofDays(60), 2, 2.0, 100, 3.0);

    public StoryOptions {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1)");
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive");
        }
        if (leadSentences < 0 || !(leadWeight >= 1) || profileTerms < 1) {
            throw new IllegalArgumentException("leadSentences >= 0, leadWeight >= 1 and profileTerms >= 1");
        }
        if (!(missedArticles > 0)) {
            throw new IllegalArgumentException("missedArticles must be positive");
        }
    }

    /** The settings with {@link #DEFAULT}'s {@code missedArticles}. */
    public StoryOptions(double threshold, Duration window, int leadSentences, double leadWeight, int profileTerms) {
        this(threshold, window, leadSentences, leadWeight, profileTerms, DEFAULT.missedArticles());
    }

    public StoryOptions withThreshold(double value) {
        return new StoryOptions(value, window, leadSentences, leadWeight, profileTerms, missedArticles);
    }

    public StoryOptions withWindow(Duration value) {
        return new StoryOptions(threshold, value, leadSentences, leadWeight, profileTerms, missedArticles);
    }

    public StoryOptions withLead(int sentences, double weight) {
        return new StoryOptions(threshold, window, sentences, weight, profileTerms, missedArticles);
    }

    public StoryOptions withProfileTerms(int value) {
        return new StoryOptions(threshold, window, leadSentences, leadWeight, value, missedArticles);
    }

    public StoryOptions withMissedArticles(double value) {
        return new StoryOptions(threshold, window, leadSentences, leadWeight, profileTerms, value);
    }
}
