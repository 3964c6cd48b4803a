package dev.precis.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StoryMatcherTest {

    static final Instant NOW = Instant.parse("2026-03-05T12:00:00Z");
    static final StoryMatcher MATCHER = new StoryMatcher(StoryOptions.DEFAULT.withThreshold(0.3).withWindow(Duration.ofDays(3)));

    static ArticleProfile profile(Map<String, Double> weights) {
        return ArticleProfile.of(weights, 100);
    }

    @Test
    void shouldChooseTheMostSimilarOpenStory() {
        StoryCentroid flood = StoryCentroid.start(1, profile(Map.of("floodq", 3.0, "riverq", 2.0)), NOW.minus(Duration.ofDays(1)));
        StoryCentroid rescue = StoryCentroid.start(2, profile(Map.of("floodq", 1.0, "boatq", 3.0)), NOW.minus(Duration.ofDays(1)));
        ArticleProfile article = profile(Map.of("floodq", 2.0, "riverq", 2.0, "boatq", 0.5));
        assertEquals(1, MATCHER.choose(article, NOW, List.of(rescue, flood)).orElseThrow().id());
    }

    @Test
    void shouldPassOverAStoryWhoseLatestArticleIsOutsideTheWindow() {
        StoryCentroid old = StoryCentroid.start(1, profile(Map.of("floodq", 1.0)), NOW.minus(Duration.ofDays(3)));
        assertTrue(MATCHER.choose(profile(Map.of("floodq", 1.0)), NOW, List.of(old)).isEmpty());
    }

    @Test
    void shouldStartAStoryBelowTheThreshold() {
        StoryCentroid story = StoryCentroid.start(1, profile(Map.of("floodq", 1.0, "riverq", 3.0)), NOW);
        assertTrue(MATCHER.choose(profile(Map.of("floodq", 1.0, "voteq", 4.0)), NOW, List.of(story)).isEmpty());
    }

    @Test
    void shouldGiveATieToTheOlderStory() {
        StoryCentroid older = StoryCentroid.start(3, profile(Map.of("floodq", 1.0)), NOW);
        StoryCentroid newer = StoryCentroid.start(7, profile(Map.of("floodq", 1.0)), NOW);
        assertEquals(3, MATCHER.choose(profile(Map.of("floodq", 1.0)), NOW, List.of(newer, older)).orElseThrow().id());
    }

    @Test
    void shouldKeepTheCentroidToItsBestTerms() {
        StoryCentroid story = StoryCentroid.start(1, profile(Map.of("aq", 1.0, "bq", 1.0)), NOW);
        StoryCentroid grown = story.with(profile(Map.of("aq", 1.0, "cq", 0.1)), NOW, false, 2);
        assertEquals(List.of("aq", "bq"), grown.centroid().terms());
        assertEquals(2, grown.size());
    }

    /** A story of {@code size} articles of one profile, evenly from {@code first} to {@code latest}. */
    static StoryCentroid story(int size, Instant first, Instant latest) {
        ArticleProfile p = profile(Map.of("borderq", 2.0, "troopsq", 1.0));
        StoryCentroid story = StoryCentroid.start(1, p, first);
        Duration step = size > 1 ? Duration.between(first, latest).dividedBy(size - 1) : Duration.ZERO;
        for (int i = 1; i < size; i++) {
            story = story.with(p, i == size - 1 ? latest : first.plus(step.multipliedBy(i)), false, 100);
        }
        return story;
    }

    @Test
    void shouldCloseABusyStoryOnceItsSilenceOutlastsItsPace() {
        // twenty reports in four days: with a 60-day window its pace is 20 / 64 articles a day, and
        // three articles' worth of silence is 9.6 days
        StoryOptions options = StoryOptions.DEFAULT.withWindow(Duration.ofDays(60)).withMissedArticles(3);
        Instant latest = NOW.minus(Duration.ofDays(16));
        StoryCentroid busy = story(20, latest.minus(Duration.ofDays(4)), latest);
        assertEquals(latest.plus(Duration.ofMillis(Duration.ofDays(64).toMillis() * 3 / 20)), busy.closesAt(options));
        assertTrue(busy.isOpenAt(latest.plus(Duration.ofDays(9)), options));
        assertFalse(busy.isOpenAt(NOW, options));
        StoryMatcher matcher = new StoryMatcher(options.withThreshold(0.3));
        assertTrue(matcher.choose(profile(Map.of("borderq", 2.0, "troopsq", 1.0)), NOW, List.of(busy)).isEmpty());
        assertTrue(matcher.choose(profile(Map.of("borderq", 2.0, "troopsq", 1.0)), latest.plus(Duration.ofDays(9)), List.of(busy)).isPresent());
    }

    @Test
    void shouldKeepAStoryOfFewArticlesOpenForTheWindow() {
        StoryOptions options = StoryOptions.DEFAULT.withWindow(Duration.ofDays(60)).withMissedArticles(3);
        Instant latest = NOW.minus(Duration.ofDays(50));
        // three articles' worth of silence at one article per window is three windows: the window decides
        assertEquals(latest.plus(Duration.ofDays(60)), story(1, latest, latest).closesAt(options));
        assertTrue(story(2, latest.minus(Duration.ofDays(1)), latest).isOpenAt(NOW, options));
        // four articles on one day: 3 * 60 / 4 = 45 days
        assertEquals(latest.plus(Duration.ofDays(45)), story(4, latest, latest).closesAt(options));
    }

    @Test
    void shouldLeaveOnlyTheWindowWithoutAPaceLimit() {
        StoryOptions options = StoryOptions.DEFAULT.withWindow(Duration.ofDays(60)).withMissedArticles(Double.POSITIVE_INFINITY);
        Instant latest = NOW.minus(Duration.ofDays(16));
        assertEquals(latest.plus(Duration.ofDays(60)), story(20, latest.minus(Duration.ofDays(4)), latest).closesAt(options));
    }

    @Test
    void shouldRejectSettingsOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> StoryOptions.DEFAULT.withMissedArticles(0));
        assertThrows(IllegalArgumentException.class, () -> StoryOptions.DEFAULT.withMissedArticles(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> StoryOptions.DEFAULT.withThreshold(1.0));
        assertThrows(IllegalArgumentException.class, () -> StoryOptions.DEFAULT.withWindow(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> StoryOptions.DEFAULT.withLead(2, 0.5));
        assertThrows(IllegalArgumentException.class, () -> StoryOptions.DEFAULT.withProfileTerms(0));
    }
}
