package dev.precis.stories;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The state a story keeps to take in new articles: the mean of its articles' profiles cut to its
 * best terms, its size, and its first and latest times. Immutable; {@link #with} gives the state
 * after one more article. What a database row of the story holds (the centroid as terms and
 * weights), so that assigning an article reads one row per candidate story, never its articles.
 *
 * @param centroid the mean profile of the story's articles, cut to its heaviest terms (unit length)
 * @param sum      the sum of the member profiles over the centroid's terms, unscaled
 */
public record StoryCentroid(long id, ArticleProfile centroid, Map<String, Double> sum, int size, Instant first, Instant latest) {

    public StoryCentroid {
        sum = Map.copyOf(sum);
    }

    /** A new story of one article. */
    public static StoryCentroid start(long id, ArticleProfile profile, Instant time) {
        Map<String, Double> sum = new HashMap<>();
        for (int i = 0; i < profile.size(); i++) {
            sum.put(profile.term(i), profile.weight(i));
        }
        return new StoryCentroid(id, profile, sum, 1, time, time);
    }

    /**
     * The story with one more article. A near copy counts in size and time but not in the
     * centroid: a wire story re-sent ten times is still one report.
     */
    public StoryCentroid with(ArticleProfile profile, Instant time, boolean nearCopy, int terms) {
        Instant first = time.isBefore(this.first) ? time : this.first;
        Instant latest = time.isAfter(this.latest) ? time : this.latest;
        if (nearCopy || profile.isEmpty()) {
            return new StoryCentroid(id, centroid, sum, size + 1, first, latest);
        }
        Map<String, Double> added = new HashMap<>(sum);
        for (int i = 0; i < profile.size(); i++) {
            added.merge(profile.term(i), profile.weight(i), Double::sum);
        }
        ArticleProfile mean = ArticleProfile.of(added, terms);
        Map<String, Double> kept = new HashMap<>();
        for (String t : mean.terms()) {
            kept.put(t, added.get(t));
        }
        return new StoryCentroid(id, mean, kept, size + 1, first, latest);
    }

    /** Whether an article at {@code time} may still join: the story's latest article is less than {@code window} before it. */
    public boolean isOpenAt(Instant time, Duration window) {
        return latest.plus(window).isAfter(time);
    }

    /** Whether an article at {@code time} may still join: before {@link #closesAt}. */
    public boolean isOpenAt(Instant time, StoryOptions options) {
        return closesAt(options).isAfter(time);
    }

    /**
     * When the story closes: once it has been silent longer than its own pace allows, and at the
     * latest a window after its latest article. The pace is the story's articles (near copies
     * included: a re-sent report is coverage too) over its span plus one window,
     * {@code size / (latest - first + window)}: the mean rate of a Poisson process after the
     * story's articles, from a prior of one article per window (an exponential prior on the rate;
     * the first article only starts the clock). The story closes when the silence since its latest
     * article would have brought {@link StoryOptions#missedArticles()} articles at that pace, that
     * is when a silence so long had less than {@code exp(-missedArticles)} probability. A story of
     * a few articles stays open for the window; one that ran twenty reports in four days and then
     * went quiet is over after a few days, so a later event with the same actors starts its own.
     */
    public Instant closesAt(StoryOptions options) {
        Duration window = options.window();
        double span = Duration.between(first, latest).toMillis();
        double quiet = options.missedArticles() * (span + window.toMillis()) / size;
        return quiet >= window.toMillis() ? latest.plus(window) : latest.plusMillis((long) Math.ceil(quiet));
    }
}
