package dev.precis.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.precis.text.Language;
import dev.precis.text.LanguageModels;

/**
 * The work of one summary is bounded whatever its options: a ratio or a word budget of a text of
 * tens of thousands of sentences holds at most {@code maxSentences} sentences, a candidate is
 * compared with the chosen sentences only, and a sentence graph holds at most
 * {@link SentenceGraph#MAX_SENTENCES} sentences. Work is counted, not timed.
 */
class BoundedWorkTest {

    /** As many one-word sentences as the service's text limit (200,000 characters) lets through. */
    static final String ONE_WORD_SENTENCES = "1.\n".repeat(66_666);

    static Summarizer summarizer;

    @BeforeAll
    static void loadModels() {
        summarizer = new Summarizer();
    }

    @Test
    void shouldHoldAtMostMaxSentencesWithARatioOfOneOrAHugeWordBudget() {
        for (Algorithm algorithm : Algorithm.values()) {
            SummaryResult ratio = summarizer.summarize(null, ONE_WORD_SENTENCES,
                    new SummaryOptions(null, 1.0, null, algorithm, false, false, 5, Language.ENGLISH));
            assertEquals(66_666, ratio.sentenceCount());
            assertEquals(Summarizer.DEFAULT_MAX_SENTENCES, ratio.sentences().size(), algorithm + ", ratio=1");
            SummaryResult words = summarizer.summarize(null, ONE_WORD_SENTENCES,
                    new SummaryOptions(null, null, 1_000_000, algorithm, true, true, 5, Language.ENGLISH));
            assertEquals(Summarizer.DEFAULT_MAX_SENTENCES, words.sentences().size(), algorithm + ", maxWords=1000000");
        }
    }

    @Test
    void shouldStopAtTheConfiguredMaximum() {
        Summarizer five = new Summarizer(new LanguageModels(), Language.ENGLISH, 5);
        SummaryResult result = five.summarize(null, SummarizerTest.ARTICLE, new SummaryOptions(null, 1.0, null, Algorithm.DEFAULT, false, false, 0));
        assertEquals(7, result.sentenceCount());
        assertEquals(5, result.sentences().size());
        SummaryResult whole = summarizer.summarize(null, SummarizerTest.ARTICLE, new SummaryOptions(null, 1.0, null, Algorithm.DEFAULT, false, false, 0));
        assertEquals(7, whole.sentences().size(), "the default maximum leaves a short article whole");
    }

    @Test
    void shouldRankOnlyTheFirstSentencesOfAVeryLongTextInItsGraph() {
        int sentences = 66_666;
        AtomicLong compared = new AtomicLong();
        double[] rank = SentenceGraph.pageRank(sentences, (a, b) -> {
            compared.incrementAndGet();
            assertTrue(a < SentenceGraph.MAX_SENTENCES && b < SentenceGraph.MAX_SENTENCES, "only ranked sentences are compared");
            return 1;
        });
        assertEquals(sentences, rank.length);
        assertTrue(compared.get() <= (long) SentenceGraph.MAX_SENTENCES * 2 * SentenceGraph.WINDOW, compared + " comparisons");
        for (int i = SentenceGraph.MAX_SENTENCES; i < sentences; i++) {
            assertEquals(0, rank[i], "sentence " + i + " is past the graph");
        }
        double sum = 0;
        for (int i = 0; i < SentenceGraph.MAX_SENTENCES; i++) {
            assertTrue(rank[i] > 0);
            sum += rank[i];
        }
        assertEquals(1, sum, 1e-6, "the ranked sentences hold the whole rank");
    }

    @Test
    void shouldTellRepeatsExactlyAsTheCosineOfTheTwoSentences() {
        Random random = new Random(20261201);
        for (int round = 0; round < 200; round++) {
            TermVector[] vectors = new TermVector[40];
            for (int s = 0; s < vectors.length; s++) {
                int[] terms = new int[random.nextInt(12)];
                for (int t = 0; t < terms.length; t++) {
                    terms[t] = random.nextInt(30);
                }
                vectors[s] = TermVector.counts(terms);
            }
            double limit = random.nextDouble();
            RedundancyFilter filter = new RedundancyFilter(vectors, 4);
            List<Integer> chosen = new ArrayList<>();
            for (int s = 0; s < vectors.length; s++) {
                boolean expected = false;
                for (int c : chosen) {
                    expected |= vectors[s].cosine(vectors[c]) > limit;
                }
                assertEquals(expected, filter.repeats(s, limit), "round " + round + ", sentence " + s);
                if (!expected && random.nextBoolean()) {
                    filter.choose(s);
                    chosen.add(s);
                }
            }
        }
    }
}
