package dev.precis.summary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.precis.text.Language;

class NewsCentralityRankerTest {

    static Summarizer summarizer;
    static final NewsCentralityRanker RANKER = new NewsCentralityRanker();

    @BeforeAll
    static void loadModels() {
        summarizer = new Summarizer();
    }

    static AnalyzedArticle english(String text) {
        return summarizer.analyze(null, text, Language.ENGLISH, TermStatistics.NONE);
    }

    @Test
    void shouldNotCountModalAuxiliariesAsSharedContent() {
        // "will" and "can" are the only words the first two sentences share; "would" and "could"
        // are stopwords already, so both versions must rank alike
        String modal = "The council will vote on the budget. Prices will rise and families can expect higher bills. "
                + "The museum opened a new wing for its collection of maps. Visitors can see the maps from Monday.";
        String stopwords = "The council would vote on the budget. Prices would rise and families could expect higher bills. "
                + "The museum opened a new wing for its collection of maps. Visitors could see the maps from Monday.";
        assertTrue(english(modal).termId("will") >= 0, "the stopword list keeps 'will'");
        for (int target = 1; target <= 4; target++) {
            assertArrayEquals(RANKER.scores(english(stopwords), target), RANKER.scores(english(modal), target), 1e-12,
                    "target " + target);
        }
    }

    @Test
    void shouldDemoteAQuestionAsMuchAsThePositionPriorWeighs() {
        String question = "Is the city ready for the storm? The storm reached the city coast on Monday night. "
                + "Engineers restored power to the city by Tuesday. The storm moved north over the weekend. "
                + "Schools in the city reopened on Wednesday. Ferries to the islands sailed again on Thursday. "
                + "The council counted the cost of the storm. Insurers expect claims from the city to rise. "
                + "Forecasters said the storm was the worst in a decade. Residents cleared fallen trees from roads.";
        String statement = question.replace("Is the city ready for the storm?", "The city is ready for the storm.");
        // the same terms in the same places: only the question differs
        int n = english(question).size();
        assertEquals(10, n);
        // a short summary (three sentences of ten) takes the lead in the order of the highlight
        // selection, where the question's place counts half: it is taken later than the statement
        // in its place
        double[] asked = RANKER.scores(english(question), 3);
        double[] told = RANKER.scores(english(statement), 3);
        assertTrue(asked[0] < told[0], "a short summary's question ranks lower: " + asked[0] + " vs " + told[0]);
        // a summary of most of the article hardly weighs position, so the question keeps its place
        double[] askedLong = RANKER.scores(english(question), 8);
        double[] toldLong = RANKER.scores(english(statement), 8);
        assertTrue(askedLong[0] > 0.99 * toldLong[0], askedLong[0] + " vs " + toldLong[0]);
    }
}
