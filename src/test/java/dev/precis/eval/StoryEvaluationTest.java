package dev.precis.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StoryEvaluationTest {

    static final List<Set<String>> LABELS = List.of(Set.of("a"), Set.of("a"), Set.of("b"), Set.of("b"));

    @Test
    void shouldScoreTheLabelledClusteringOne() {
        assertArrayEquals(new double[] {1, 1, 1}, StoryEvaluation.extendedBCubed(LABELS, new long[] {1, 1, 2, 2}), 1e-12);
    }

    @Test
    void shouldScoreOneClusterAndSingletonsAsBCubedDoes() {
        double[] together = StoryEvaluation.extendedBCubed(LABELS, new long[] {1, 1, 1, 1});
        assertEquals(0.5, together[0], 1e-12);
        assertEquals(1.0, together[1], 1e-12);
        double[] alone = StoryEvaluation.extendedBCubed(LABELS, new long[] {1, 2, 3, 4});
        assertEquals(1.0, alone[0], 1e-12);
        assertEquals(0.5, alone[1], 1e-12);
        assertEquals(2 * 0.5 / 1.5, alone[2], 1e-12);
    }

    @Test
    void shouldLetAnArticleOfTwoStoriesBeWithEither() {
        List<Set<String>> labels = List.of(Set.of("a"), Set.of("a", "b"), Set.of("b"));
        double[] withFirst = StoryEvaluation.extendedBCubed(labels, new long[] {1, 1, 2});
        // precision is perfect: every pair in a cluster shares a story
        assertEquals(1.0, withFirst[0], 1e-12);
        // the second article shares a story with all three and is with two; the third misses the second
        assertEquals((1 + 2.0 / 3 + 0.5) / 3, withFirst[1], 1e-12);
        // with either story it is scored alike
        assertArrayEquals(withFirst, StoryEvaluation.extendedBCubed(labels, new long[] {1, 2, 2}), 1e-12);
    }

    @Test
    void shouldCutASummaryToTheWordLimit() {
        assertEquals("one two three", StoryEvaluation.firstWords("one two three four", 3));
        assertEquals("one two", StoryEvaluation.firstWords(" one two ", 3));
    }
}
