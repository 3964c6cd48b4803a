package dev.precis.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.precis.summary.Algorithm;
import dev.precis.summary.Summarizer;

/**
 * Quality gate: the default algorithm's ROUGE on both development sets must not fall below what
 * it reaches today, and it must stay ahead of the best classic summarizer on each set. The
 * evaluation is deterministic, so any drop is a real change in the summaries.
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
    void shouldKeepTheDefaultsRouge2OnExtractiveReferences() {
        Evaluation.Result result = evaluation.evaluate(bbc, Algorithm.DEFAULT);
        assertTrue(result.rouge2() >= 0.8150, "bbc100 " + result);
        assertTrue(result.rouge1() > 0.845 && result.rouge2() > BBC_BEST_PEER_R2 && result.rougeL() > 0.817, "ahead of every peer: " + result);
    }

    @Test
    void shouldKeepTheDefaultsRouge1AndRouge2OnNewsroomHighlights() {
        Evaluation.Result result = evaluation.evaluate(cnndm, Algorithm.DEFAULT);
        assertTrue(result.rouge1() >= 0.3775 && result.rouge2() >= 0.1675, "cnndm100 " + result);
        Evaluation.Result lead = evaluation.evaluate(cnndm, Algorithm.LEAD);
        assertTrue(result.rouge1() > lead.rouge1() && result.rouge2() > lead.rouge2() && result.rouge2() > CNNDM_LEAD3_R2,
                "ahead of lead-3 " + lead + ": " + result);
    }

    @Test
    void shouldGiveEveryAlgorithmAScoreOnBothSets() {
        for (Algorithm algorithm : Algorithm.values()) {
            assertTrue(evaluation.evaluate(bbc, algorithm).rouge1() > 0.6, algorithm.id());
            assertTrue(evaluation.evaluate(cnndm, algorithm).rouge1() > 0.3, algorithm.id());
        }
    }
}
