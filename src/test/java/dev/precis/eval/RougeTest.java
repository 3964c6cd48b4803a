package dev.precis.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class RougeTest {

    /** The vectors were produced with rouge_score itself and are stored to ten decimals. */
    private static final double TOLERANCE = 1e-9;

    /** Maven runs tests from the project root; the evaluation data is kept with the test resources. */
    private static Path vectorsFile() {
        return Path.of(System.getProperty("precis.eval.dir", "src/test/resources/eval"))
                .resolve("rouge-vectors.jsonl");
    }

    @Test
    void shouldReproduceEveryTestVector() throws IOException {
        Path file = vectorsFile();
        assertTrue(Files.isRegularFile(file), "test vectors not found at " + file.toAbsolutePath());

        ObjectMapper json = new ObjectMapper();
        List<Executable> checks = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode vector = json.readTree(line);
            Rouge.Scores actual = Rouge.score(vector.get("reference").asText(), vector.get("summary").asText());
            JsonNode expected = vector.get("expected");
            String where = "vector on line " + lineNumber;
            checks.add(() -> assertScore(where + ", rouge1", expected.get("rouge1"), actual.rouge1()));
            checks.add(() -> assertScore(where + ", rouge2", expected.get("rouge2"), actual.rouge2()));
            checks.add(() -> assertScore(where + ", rougeL", expected.get("rougeL"), actual.rougeL()));
        }
        assertFalse(checks.isEmpty(), "no test vectors in " + file);
        assertAll(checks);
    }

    private static void assertScore(String where, JsonNode expected, Rouge.Score actual) {
        assertAll(
                () -> assertEquals(expected.get("p").asDouble(), actual.precision(), TOLERANCE, where + " precision"),
                () -> assertEquals(expected.get("r").asDouble(), actual.recall(), TOLERANCE, where + " recall"),
                () -> assertEquals(expected.get("f").asDouble(), actual.f1(), TOLERANCE, where + " f1"));
    }

    @Test
    void shouldScoreIdenticalTextsAsPerfect() {
        Rouge.Scores scores = Rouge.score("The cat sat on the mat.", "the cat sat on the mat");
        assertAll(
                () -> assertEquals(new Rouge.Score(1, 1, 1), scores.rouge1()),
                () -> assertEquals(new Rouge.Score(1, 1, 1), scores.rouge2()),
                () -> assertEquals(new Rouge.Score(1, 1, 1), scores.rougeL()));
    }

    @Test
    void shouldScoreZeroWhenEitherTextIsEmptyOrMissing() {
        assertAll(
                () -> assertEquals(Rouge.Score.ZERO, Rouge.rouge1("Some reference text.", "")),
                () -> assertEquals(Rouge.Score.ZERO, Rouge.rouge2("", "Some summary text.")),
                () -> assertEquals(Rouge.Score.ZERO, Rouge.rougeL("Some reference text.", null)));
    }

    @Test
    void shouldClipRepeatedUnigramsToTheirCountInTheReference() {
        // 'the' occurs twice in the reference, four times in the summary: only two count.
        Rouge.Score score = Rouge.rouge1("the cat and the dog", "the the the the");
        assertEquals(0.5, score.precision(), TOLERANCE);
        assertEquals(0.4, score.recall(), TOLERANCE);
    }

    @Test
    void shouldTokenizeOnAsciiLettersAndDigitsOnly() {
        assertEquals(List.of("caf", "s", "11", "1bn", "don", "t", "well", "known"),
                Rouge.tokenize("Café's $11.1bn: don't well-known"));
    }

    @Test
    void shouldStemOnlyTokensLongerThanThreeCharacters() {
        // 'was' would become 'wa' if it were stemmed; 'cats' does become 'cat'.
        assertEquals(List.of("was", "cat", "run"), Rouge.tokenize("was cats running"));
    }

    @Test
    void shouldStemRegularSuffixesLikeNltk() {
        assertStems(PorterStemmer::stem,
                "caresses", "caress",
                "ponies", "poni",
                "cats", "cat",
                "running", "run",
                "hopping", "hop",
                "falling", "fall",
                "hoping", "hope",
                "feed", "feed",
                "agreed", "agre",
                "plastered", "plaster",
                "motoring", "motor",
                "relational", "relat",
                "generously", "gener",
                "happy", "happi");
    }

    @Test
    void shouldApplyNltkIrregularFormsAndExtensions() {
        assertStems(PorterStemmer::stem,
                "dying", "die",
                "lying", "lie",
                "skies", "sky",
                "news", "news",
                "dies", "die",
                "died", "die",
                "flies", "fli",
                "spied", "spi",
                "enjoy", "enjoy");
    }

    private static void assertStems(Function<String, String> stemmer, String... wordThenStem) {
        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < wordThenStem.length; i += 2) {
            String word = wordThenStem[i];
            String stem = wordThenStem[i + 1];
            checks.add(() -> assertEquals(stem, stemmer.apply(word), "stem of '" + word + "'"));
        }
        assertAll(checks);
    }
}
