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
 * @param candidateTerms how many of the profile's heaviest terms find the candidate stories (those
 *                      whose centroid holds one of them); the matcher then compares the whole
 *                      profile. {@code profileTerms} or more: every term, as measured in docs/stories.md
 */
public record StoryOptions(double threshold, Duration window, int leadSentences, double leadWeight, int profileTerms, int candidateTerms) {

    /** The settings measured in {@code docs/stories.md}. */
    public static final StoryOptions DEFAULT = new StoryOptions(0.15, Duration.ofDays(30), 2, 2.0, 100, 100);

    public StoryOptions {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1)");
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive");
        }
        if (leadSentences < 0 || !(leadWeight >= 1) || profileTerms < 1 || candidateTerms < 1) {
            throw new IllegalArgumentException("leadSentences >= 0, leadWeight >= 1, profileTerms >= 1 and candidateTerms >= 1");
        }
    }

    public StoryOptions withThreshold(double value) {
        return new StoryOptions(value, window, leadSentences, leadWeight, profileTerms, candidateTerms);
    }

    public StoryOptions withWindow(Duration value) {
        return new StoryOptions(threshold, value, leadSentences, leadWeight, profileTerms, candidateTerms);
    }

    public StoryOptions withLead(int sentences, double weight) {
        return new StoryOptions(threshold, window, sentences, weight, profileTerms, candidateTerms);
    }

    public StoryOptions withProfileTerms(int value) {
        return new StoryOptions(threshold, window, leadSentences, leadWeight, value, candidateTerms);
    }

    public StoryOptions withCandidateTerms(int value) {
        return new StoryOptions(threshold, window, leadSentences, leadWeight, profileTerms, value);
    }
}
