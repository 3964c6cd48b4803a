package dev.precis.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.precis.summary.TermStatistics;
import dev.precis.text.Language;
import dev.precis.text.LanguageModels;

class StoryIndexTest {

    static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");

    static final String FLOOD = """
            Floodwater from the Vardeq river forced two thousand people from their homes in Lenqton on Monday. \
            Rescue teams used boats to reach families stranded on rooftops in the lower town.
            The Vardeq rose three metres overnight after a week of heavy rain, the river agency said.
            """;
    static final String FLOOD_FOLLOW_UP = """
            Residents of Lenqton began returning home on Wednesday as the Vardeq river fell below its banks. \
            The flood left mud in hundreds of homes, and rescue teams checked houses in the lower town.
            The river agency said the Vardeq had dropped two metres since Monday.
            """;
    static final String ELECTION = """
            Voters in the Marqel province elect a new governor on Sunday after a campaign dominated by hospital closures. \
            The two candidates held their final rallies in the provincial capital on Friday.
            Polls suggest the race for governor is close.
            """;

    static ArticleProfiler profiler;

    @BeforeAll
    static void loadModels() {
        profiler = new ArticleProfiler(new LanguageModels());
    }

    static ArticleProfile profile(String title, String text) {
        return profiler.profile(title, text, Language.ENGLISH, TermStatistics.NONE, StoryOptions.DEFAULT);
    }

    @Test
    void shouldGroupReportsOfOneEventAndSeparateAnother() {
        StoryIndex stories = new StoryIndex(StoryOptions.DEFAULT);
        StoryIndex.Assignment flood = stories.assign("flood", profile("Lenqton flooded", FLOOD), MONDAY, null);
        StoryIndex.Assignment election = stories.assign("election", profile(null, ELECTION), MONDAY.plus(Duration.ofHours(1)), null);
        StoryIndex.Assignment followUp = stories.assign("follow-up", profile("Lenqton residents return", FLOOD_FOLLOW_UP),
                MONDAY.plus(Duration.ofDays(2)), null);
        assertTrue(flood.started());
        assertTrue(election.started());
        assertFalse(followUp.started());
        assertEquals(flood.storyId(), followUp.storyId());
        assertNotEquals(flood.storyId(), election.storyId());
        assertEquals(2, stories.story(flood.storyId()).orElseThrow().size());
        assertEquals(MONDAY.plus(Duration.ofDays(2)), stories.story(flood.storyId()).orElseThrow().latest());
    }

    @Test
    void shouldStartANewStoryOnceTheWindowHasClosed() {
        StoryIndex stories = new StoryIndex(StoryOptions.DEFAULT.withWindow(Duration.ofHours(72)));
        long first = stories.assign("flood", profile(null, FLOOD), MONDAY, null).storyId();
        StoryIndex.Assignment late = stories.assign("follow-up", profile(null, FLOOD_FOLLOW_UP), MONDAY.plus(Duration.ofDays(4)), null);
        assertTrue(late.started());
        assertNotEquals(first, late.storyId());
    }

    @Test
    void shouldPutANearCopyInItsOriginalsStoryWithoutMovingTheCentroid() {
        StoryIndex stories = new StoryIndex(StoryOptions.DEFAULT);
        long story = stories.assign("flood", profile(null, FLOOD), MONDAY, null).storyId();
        ArticleProfile centroid = stories.story(story).orElseThrow().centroid();
        StoryIndex.Assignment copy = stories.assign("flood-resent", profile(null, FLOOD), MONDAY.plus(Duration.ofHours(2)), "flood");
        assertEquals(story, copy.storyId());
        assertEquals(2, stories.story(story).orElseThrow().size());
        assertEquals(centroid.terms(), stories.story(story).orElseThrow().centroid().terms());
    }

    @Test
    void shouldWeighTheLeadAboveTheRestOfTheText() {
        String text = "Snowqa fell on the mountain pass overnight. Later the road through the valley reopened.";
        ArticleProfile weighted = profiler.profile(null, text, Language.ENGLISH, TermStatistics.NONE, StoryOptions.DEFAULT.withLead(1, 2.0));
        ArticleProfile flat = profiler.profile(null, text, Language.ENGLISH, TermStatistics.NONE, StoryOptions.DEFAULT.withLead(1, 1.0));
        assertEquals(2 * weighted.weight("road"), weighted.weight("snowqa"), 1e-9);
        assertEquals(flat.weight("road"), flat.weight("snowqa"), 1e-9);
    }

    @Test
    void shouldWeighTheTitleLikeTheLead() {
        String text = "Later the road through the valley reopened after the storm.";
        ArticleProfile p = profiler.profile("Snowqa closes pass", text, Language.ENGLISH, TermStatistics.NONE, StoryOptions.DEFAULT.withLead(0, 3.0));
        assertEquals(3 * p.weight("road"), p.weight("snowqa"), 1e-9);
    }

    @Test
    void shouldFindAnOpenStoryPastClosedOnesThatWeighItsTermsAsMuch() {
        // one story a term, one story compared: a closed story in front of the open one would hide it
        StoryIndex stories = new StoryIndex(StoryOptions.DEFAULT.withWindow(Duration.ofHours(72)), new CandidateRule(10, 20, 1, 1));
        long closed = stories.assign("flood", profile(null, FLOOD), MONDAY, null).storyId();
        long reopened = stories.assign("flood-again", profile(null, FLOOD + " A week later."), MONDAY.plus(Duration.ofDays(10)), null).storyId();
        assertNotEquals(closed, reopened);
        StoryIndex.Assignment followUp = stories.assign("follow-up", profile(null, FLOOD_FOLLOW_UP), MONDAY.plus(Duration.ofDays(11)), null);
        assertEquals(reopened, followUp.storyId());
    }

    @Test
    void shouldGroupAlikeWhateverTheBoundsWhenFewStoriesCompete() {
        StoryIndex bounded = new StoryIndex(StoryOptions.DEFAULT, CandidateRule.DEFAULT);
        StoryIndex unbounded = new StoryIndex(StoryOptions.DEFAULT, CandidateRule.ALL);
        String[][] stream = {{"flood", FLOOD}, {"election", ELECTION}, {"follow-up", FLOOD_FOLLOW_UP}};
        for (int i = 0; i < stream.length; i++) {
            Instant time = MONDAY.plus(Duration.ofHours(i));
            assertEquals(unbounded.assign(stream[i][0], profile(null, stream[i][1]), time, null),
                    bounded.assign(stream[i][0], profile(null, stream[i][1]), time, null));
        }
    }
}
