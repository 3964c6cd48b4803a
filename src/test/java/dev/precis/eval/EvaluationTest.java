package dev.precis.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
        assertTrue(result.rouge1() >= 0.3750 && result.rouge2() >= 0.1630, "cnndm100 " + result);
        Evaluation.Result lead = evaluation.evaluate(cnndm, Algorithm.LEAD);
        assertTrue(result.rouge1() > lead.rouge1() && result.rouge2() > lead.rouge2() && result.rouge2() > CNNDM_LEAD3_R2,
                "ahead of lead-3 " + lead + ": " + result);
    }

    /** The larger set is read from where the evaluation runner reads it; without it there is nothing to check. */
    @Test
    void shouldStayAheadOfTheLeadOnTheLargerSetOfHighlightsAndOnEachOutlet() {
        assumeTrue(Files.isRegularFile(Evaluation.LARGE_SET), "no " + Evaluation.LARGE_SET);
        List<EvalArticle> large = EvalArticle.read(Evaluation.LARGE_SET);
        Evaluation.Result result = evaluation.evaluate(large, Algorithm.DEFAULT);
        Evaluation.Result lead = evaluation.evaluate(large, Algorithm.LEAD);
        assertTrue(result.rouge1() >= lead.rouge1() + 0.005 && result.rouge2() >= lead.rouge2() + 0.002,
                "cnndm-large, lead " + lead + ": " + result);
        for (String outlet : List.of("cnn", "dm")) {
            List<EvalArticle> part = large.stream().filter(a -> a.outlet().equals(outlet)).toList();
            assertTrue(part.size() > 100, outlet);
            Evaluation.Result own = evaluation.evaluate(part, Algorithm.DEFAULT, Evaluation.Protocol.THREE_SENTENCES);
            Evaluation.Result leadOfPart = evaluation.evaluate(part, Algorithm.LEAD, Evaluation.Protocol.THREE_SENTENCES);
            assertTrue(own.rouge1() > leadOfPart.rouge1() && own.rouge2() > leadOfPart.rouge2(), outlet + " lead " + leadOfPart + ": " + own);
        }
    }

    @Test
    void shouldGiveEveryAlgorithmAScoreOnBothSets() {
        for (Algorithm algorithm : Algorithm.values()) {
            assertTrue(evaluation.evaluate(bbc, algorithm).rouge1() > 0.6, algorithm.id());
            assertTrue(evaluation.evaluate(cnndm, algorithm).rouge1() > 0.3, algorithm.id());
        }
    }
}
