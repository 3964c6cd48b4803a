package dev.precis.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.precis.summary.Algorithm;
import dev.precis.summary.Summarizer;

/**
 * Quality gate: the default algorithm's ROUGE must not fall below what it reaches today, on
 * extractive references (bbc100) and on newsroom highlights (cnndm100, and the larger
 * {@code cnndm-large} where it is present), and it must stay ahead of the lead on highlights, per
 * outlet, and of the best classic summarizer on extracts. The evaluation is deterministic, so any
 * drop is a real change in the summaries.
 */
class EvaluationTest {

    static final Path EVAL = Path.of("src/test/resources/eval");

    /** Best peer on bbc100 (sumy Reduction, given hand-split sentences) and lead-3 on cnndm100. */
    static final double BBC_BEST_PEER_R2 = 0.803;
    static final double CNNDM_LEAD3_R2 = 0.159;

    static Evaluation evaluation;
    static List<EvalArticle> bbc;
    static List<EvalArticle> cnndm;

    @BeforeAll
    static void load() {
        evaluation = new Evaluation(new Summarizer());
        bbc = EvalArticle.read(EVAL.resolve("bbc100.jsonl"));
        cnndm = EvalArticle.read(EVAL.resolve("cnndm100.jsonl"));
    }

    @Test
    void shouldKeepTheDefaultsRougeOnExtractiveReferences() {
        Evaluation.Result result = evaluation.evaluate(bbc, Algorithm.DEFAULT);
        assertTrue(result.rouge1() >= 0.865 && result.rouge2() >= 0.8150 && result.rougeL() >= 0.843, "bbc100 " + result);
        assertTrue(result.rouge1() > 0.845 && result.rouge2() > BBC_BEST_PEER_R2 && result.rougeL() > 0.817, "ahead of every peer: " + result);
    }

    @Test
    void shouldStayAheadOfTheLeadOnNewsroomHighlights() {
        Evaluation.Result result = evaluation.evaluate(cnndm, Algorithm.DEFAULT);
        assertTrue(result.rouge1() >= 0.3745 && result.rouge2() >= 0.1600 && result.rougeL() >= 0.2340, "cnndm100 " + result);
        Evaluation.Result lead = evaluation.evaluate(cnndm, Algorithm.LEAD);
        assertTrue(result.rouge1() > lead.rouge1() && result.rouge2() > lead.rouge2() && result.rouge2() > CNNDM_LEAD3_R2,
                "ahead of lead-3 " + lead + ": " + result);
    }

    /**
     * The larger set is read from where the evaluation runner reads it; without it there is nothing
     * to check. Scored as the runner scores it: the whole set is the stored corpus, and its parts
     * (the held-out half, each outlet) are scored on the same summaries.
     */
    @Test
    void shouldStayAheadOfTheLeadOnTheLargerSetOfHighlightsOnItsHeldOutHalfAndOnEachOutlet() {
        assumeTrue(Files.isRegularFile(Evaluation.LARGE_SET), "no " + Evaluation.LARGE_SET);
        List<EvalArticle> large = EvalArticle.read(Evaluation.LARGE_SET);
        Map<EvalArticle, String> own = summaries(large, Algorithm.DEFAULT);
        Map<EvalArticle, String> lead = summaries(large, Algorithm.LEAD);
        assertAhead("cnndm-large", large, own, lead, 0.012, 0.0055);
        // the half the settings were not chosen on (docs/summarization.md)
        assertAhead("held-out half", large.stream().filter(a -> !Evaluation.isTuningHalf(a)).toList(), own, lead, 0.0105, 0.0054);
        for (String outlet : List.of("cnn", "dm")) {
            List<EvalArticle> part = large.stream().filter(a -> a.outlet().equals(outlet)).toList();
            assertTrue(part.size() > 100, outlet);
            assertAhead(outlet, part, own, lead, 0.012, 0.005);
        }
    }

    private static Map<EvalArticle, String> summaries(List<EvalArticle> set, Algorithm algorithm) {
        List<String> summaries = evaluation.summaries(set, algorithm, Evaluation.Protocol.THREE_SENTENCES);
        Map<EvalArticle, String> byArticle = new IdentityHashMap<>();
        for (int i = 0; i < set.size(); i++) {
            byArticle.put(set.get(i), summaries.get(i));
        }
        return byArticle;
    }

    private static void assertAhead(String name, List<EvalArticle> part, Map<EvalArticle, String> own, Map<EvalArticle, String> lead,
            double rouge1, double rouge2) {
        Evaluation.Result result = Evaluation.score(part, own::get);
        Evaluation.Result leadResult = Evaluation.score(part, lead::get);
        assertTrue(result.rouge1() >= leadResult.rouge1() + rouge1 && result.rouge2() >= leadResult.rouge2() + rouge2,
                name + ", lead " + leadResult + ": " + result);
    }

    @Test
    void shouldGiveEveryAlgorithmAScoreOnBothSets() {
        for (Algorithm algorithm : Algorithm.values()) {
            assertTrue(evaluation.evaluate(bbc, algorithm).rouge1() > 0.6, algorithm.id());
            assertTrue(evaluation.evaluate(cnndm, algorithm).rouge1() > 0.3, algorithm.id());
        }
    }
}
