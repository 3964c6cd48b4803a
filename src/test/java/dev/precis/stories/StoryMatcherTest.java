package dev.precis.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void shouldRejectSettingsOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> StoryOptions.DEFAULT.withThreshold(1.0));
        assertThrows(IllegalArgumentException.class, () -> StoryOptions.DEFAULT.withWindow(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> StoryOptions.DEFAULT.withLead(2, 0.5));
        assertThrows(IllegalArgumentException.class, () -> StoryOptions.DEFAULT.withProfileTerms(0));
    }
}
