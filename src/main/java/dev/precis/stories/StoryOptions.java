package dev.precis.stories;

import java.time.Duration;

/**
 * How articles are grouped into stories.
 *
 * @param threshold     the cosine similarity between an article's profile and a story's centroid
 *                      from which the article joins the story, in (0, 1)
 * @param window        how long a story stays open after its latest article: an article joins only
 *                      stories with an article less than this long before it
 * @param leadSentences how many opening sentences make the lead
 * @param leadWeight    how much more a term counts in the title or the lead than in the rest of the
 *                      text (at least 1)
 * @param profileTerms  how many of its best terms an article's profile and a story's centroid keep
 */
public record StoryOptions(double threshold, Duration window, int leadSentences, double leadWeight, int profileTerms) {

    /** The settings measured in {@code docs/stories.md}. */
    public static final StoryOptions DEFAULT = new StoryOptions(0.15, Duration.ofDays(30), 2, 2.0, 100);

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
    }

    public StoryOptions withThreshold(double value) {
        return new StoryOptions(value, window, leadSentences, leadWeight, profileTerms);
    }

    public StoryOptions withWindow(Duration value) {
        return new StoryOptions(threshold, value, leadSentences, leadWeight, profileTerms);
    }

    public StoryOptions withLead(int sentences, double weight) {
        return new StoryOptions(threshold, window, sentences, weight, profileTerms);
    }

    public StoryOptions withProfileTerms(int value) {
        return new StoryOptions(threshold, window, leadSentences, leadWeight, value);
    }
}
