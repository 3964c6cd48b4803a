package dev.precis.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.precis.text.Language;

class HighlightSelectionTest {

    static Summarizer summarizer;

    @BeforeAll
    static void loadModels() {
        summarizer = new Summarizer();
    }

    static AnalyzedArticle english(String text) {
        return summarizer.analyze(null, text, Language.ENGLISH, TermStatistics.NONE);
    }

    static String story(int sentences) {
        StringBuilder text = new StringBuilder("The harbour council approved a new bridge over the river on Tuesday. ");
        text.append("The harbour council said the bridge will open in two years. ");
        text.append("A long and winding account of the weather on the day of the vote, the colour of the chairs in the hall, "
                + "the coffee that was served and the names of everyone who arrived late followed in the minutes. ");
        for (int i = 3; i < sentences; i++) {
            text.append("Resident number ").append(i).append(" spoke about the bridge and the harbour council. ");
        }
        return text.toString();
    }

    @Test
    void shouldCountWordsAsRougeDoes() {
        assertEquals(6, HighlightSelection.words("U.S. sent 30,000 troops"));
        assertEquals(0, HighlightSelection.words(" -- "));
    }

    @Test
    void shouldOrderEveryOneOfTheFirstTenSentencesOnce() {
        int[] order = HighlightSelection.order(english(story(14)), 3);
        assertEquals(10, order.length);
        assertTrue(Arrays.stream(order).allMatch(i -> i >= 0 && i < 10));
        assertEquals(10, Arrays.stream(order).distinct().count());
        // the long aside shares nothing with the story: it is taken last of the lead
        assertTrue(Arrays.stream(order).limit(3).noneMatch(i -> i == 2), Arrays.toString(order));
    }

    @Test
    void shouldRankTheHighlightsAheadOfTheRestOnlyForASelectiveSummary() {
        NewsCentralityRanker ranker = new NewsCentralityRanker();
        AnalyzedArticle article = english(story(14));
        double[] selective = ranker.scores(article, 3);
        int[] order = HighlightSelection.order(article, 3);
        for (int r = 1; r < order.length; r++) {
            assertTrue(selective[order[r - 1]] > selective[order[r]]);
        }
        for (int i = 10; i < article.size(); i++) {
            assertTrue(selective[i] < selective[order[order.length - 1]]);
        }
        assertEquals(2.0, selective[order[0]], 1e-12);
        // an extract of half the article keeps the centrality ranking, whose scores stay below
        // 1 + the centrality floor, where the highlights' ranks start
        double[] extract = ranker.scores(article, 7);
        assertTrue(Arrays.stream(extract).allMatch(s -> s <= 1 + NewsCentralityRanker.CENTRALITY_FLOOR), Arrays.toString(extract));
    }

    @Test
    void shouldTakeAStatementBeforeAQuotationThatSaysAsMuch() {
        String opening = "The harbour council approved a new bridge over the river on Tuesday. ";
        String statement = "The bridge will carry trains and cars across the harbour by 2028. ";
        String quotation = "\"The bridge will carry trains and cars across the harbour by 2028.\" ";
        String later = "The bridge will carry trains and buses across the harbour by 2029. ";
        String rest = story(12).substring(opening.length());
        // the same words a place later are taken first once the earlier sentence is a quotation
        int[] plain = HighlightSelection.order(english(opening + statement + later + rest), 3);
        int[] quoted = HighlightSelection.order(english(opening + quotation + later + rest), 3);
        assertTrue(rank(plain, 1) < rank(plain, 2), Arrays.toString(plain));
        assertTrue(rank(quoted, 2) < rank(quoted, 1), Arrays.toString(quoted));
    }

    private static int rank(int[] order, int sentence) {
        for (int r = 0; r < order.length; r++) {
            if (order[r] == sentence) {
                return r;
            }
        }
        throw new AssertionError(sentence + " not among " + Arrays.toString(order));
    }

    @Test
    void shouldCountEachPairOfAdjacentTermsOnceWithTheProductOfTheirProbabilities() {
        AnalyzedArticle article = english("The harbour council met on Monday. The harbour council voted. Rain fell.");
        double[] p = HighlightSelection.termProbabilities(article);
        HighlightSelection.Pairs pairs = new HighlightSelection.Pairs(article, 2, p);
        // harbour-council, council-met, met-monday; harbour-council again, council-vote
        assertEquals(4, pairs.count);
        assertEquals(3, pairs.ofSentence[0].length);
        assertEquals(2, pairs.ofSentence[1].length);
        int shared = pairs.ofSentence[0][0];
        assertEquals(shared, pairs.ofSentence[1][0]);
        int harbour = article.termId("harbour");
        int council = article.termId("council");
        assertEquals(p[harbour] * p[council], pairs.probability[shared], 1e-15);
        // the third sentence is no candidate here: its pair is not counted
        assertTrue(Arrays.stream(pairs.probability).allMatch(q -> q > 0 && q < 1));
    }

    @Test
    void shouldTellNamesByTheirCapitals() {
        AnalyzedArticle article = english("Officials in Paris met on Monday. The officials said Paris would pay for the bridge.");
        double[] share = article.capitalShare();
        assertEquals(1.0, share[termWritten(article, "Paris")], 1e-12);
        assertEquals(0.5, share[termWritten(article, "officials")], 1e-12);
        assertEquals(0.0, share[termWritten(article, "bridge")], 1e-12);
    }

    private static int termWritten(AnalyzedArticle article, String word) {
        for (int t = 0; t < article.vocabulary.size(); t++) {
            if (article.surfaceForm(t).equalsIgnoreCase(word)) {
                return t;
            }
        }
        throw new AssertionError(word + " not in " + article.vocabulary);
    }
}
