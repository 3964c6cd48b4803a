package dev.precis.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.support.Resources;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/** The detector evaluates OpenNLP's model itself: it must give what OpenNLP's own detector gives. */
class LanguageDetectorTest {

    private static final List<String> TEXTS = List.of("de", "es", "fr", "it", "ja", "ko", "nl", "pt", "ru", "th", "zh").stream()
            .map(code -> Resources.read("/languages/" + code + ".txt"))
            .toList();
    /** Text that each normalization step changes, and text that looks like it would. */
    private static final List<String> TRICKY = List.of(
            "Follow @precis and #budget news at https://example.com/a?b=1 or mail desk@example.com today",
            "RT: hahahaha jajaja xD :-) ;p x-o the council voted 12-3 in 2024 ... sooooo    many   spaces",
            "Emoji 😀🎉 between words, 3.5 percent, AAAaaa, ccc, Thé Ëxtra hhhaaa",
            "rt rt: the art of port wine, thirty three trees, hijo jijiji",
            "   leading and trailing spaces   ");

    private static LanguageDetectorModel model;

    @BeforeAll
    static void loadModel() throws IOException {
        try (InputStream in = ModelResources.open(LanguageDetector.MODEL)) {
            model = new LanguageDetectorModel(in);
        }
    }

    @Test
    void shouldNormalizeAsOpenNlpsFactoryDoes() {
        AggregateCharSequenceNormalizer openNlp = new AggregateCharSequenceNormalizer(EmojiCharSequenceNormalizer.getInstance(),
                UrlCharSequenceNormalizer.getInstance(), TwitterCharSequenceNormalizer.getInstance(),
                NumberCharSequenceNormalizer.getInstance(), ShrinkCharSequenceNormalizer.getInstance());
        for (String text : concat(TRICKY, TEXTS)) {
            assertEquals(openNlp.normalize(text).toString(), DetectorNormalization.apply(text), text);
        }
    }

    @Test
    void shouldRunTheEmojiStepOnEveryCharacterItChanges() {
        for (int code = 0; code <= Character.MAX_VALUE; code++) {
            char c = (char) code;
            String text = "a" + c + "b";
            if (!EmojiCharSequenceNormalizer.getInstance().normalize(text).toString().equals(text)) {
                assertTrue(DetectorNormalization.mayBeEmoji(c), "U+" + Integer.toHexString(code));
            }
        }
    }

    @Test
    void shouldGiveOpenNlpsProbabilities() {
        LanguageDetector detector = new LanguageDetector(model);
        LanguageDetectorME openNlp = new LanguageDetectorME(model);
        for (String text : concat(TRICKY, TEXTS)) {
            String sample = text.substring(0, Math.min(text.length(), LanguageDetector.SAMPLE_LENGTH));
            double[] ours = detector.probabilities(sample);
            for (opennlp.tools.langdetect.Language expected : openNlp.predictLanguages(sample)) {
                int outcome = model.getMaxentModel().getIndex(expected.getLang());
                assertEquals(expected.getConfidence(), ours[outcome], 1e-12, expected.getLang() + " in " + text);
            }
        }
    }

    @Test
    void shouldReadTheModelFileAsOpenNlpDoes() throws IOException {
        LanguageDetector fromOpenNlp = new LanguageDetector(model);
        LanguageDetector read;
        try (InputStream in = ModelResources.open(LanguageDetector.MODEL)) {
            read = LanguageDetector.read(in);
        }
        for (String text : concat(TRICKY, TEXTS)) {
            String sample = text.substring(0, Math.min(text.length(), LanguageDetector.SAMPLE_LENGTH));
            assertArrayEquals(fromOpenNlp.probabilities(sample), read.probabilities(sample), text);
        }
    }

    @Test
    void shouldRefuseAFileThatIsNotADetectorModel() throws IOException {
        try (InputStream in = ModelResources.open("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")) {
            assertThrows(IOException.class, () -> LanguageDetector.read(in));
        }
    }

    @Test
    void shouldDecideEarlyAsTheWholeSampleWould() throws IOException {
        LanguageDetector detector = new LanguageDetector(model);
        ObjectMapper mapper = new ObjectMapper();
        List<String> texts = new ArrayList<>(concat(TRICKY, TEXTS));
        for (String set : List.of("bbc100.jsonl", "cnndm100.jsonl")) {
            for (String line : Resources.read("/eval/" + set).split("\n")) {
                if (!line.isBlank()) {
                    texts.add(mapper.readTree(line).get("text").asText());
                }
            }
        }
        for (String text : texts) {
            String sample = text.substring(0, Math.min(text.length(), LanguageDetector.SAMPLE_LENGTH));
            assertEquals(detector.decide(detector.probabilities(sample)), detector.detect(sample), text);
        }
    }

    @Test
    void shouldDecideAsSortingTheLanguagesWould() {
        LanguageDetector detector = new LanguageDetector(model);
        List<double[]> cases = new ArrayList<>();
        for (String text : concat(TRICKY, TEXTS)) {
            cases.add(detector.probabilities(text.substring(0, Math.min(text.length(), LanguageDetector.SAMPLE_LENGTH))));
        }
        int outcomes = model.getMaxentModel().getNumOutcomes();
        int english = model.getMaxentModel().getIndex("eng");
        int german = model.getMaxentModel().getIndex("deu");
        // ties, a runner-up just at and just under the share, an unsupported leader
        double[] tie = new double[outcomes];
        tie[german] = 0.4;
        tie[english] = 0.4;
        cases.add(tie);
        for (double runnerUp : new double[] {0.25, 0.2499}) {
            double[] close = new double[outcomes];
            close[english] = runnerUp;
            close[german] = runnerUp / 2;
            close[model.getMaxentModel().getIndex("lat")] = 0.5;
            cases.add(close);
        }
        for (double[] confidence : cases) {
            assertEquals(bySorting(confidence), detector.decide(confidence));
        }
    }

    /** The decision as LanguageDetectorME's order gives it: most likely first, equal ones in the model's order. */
    private static java.util.Optional<Language> bySorting(double[] confidence) {
        Integer[] order = new Integer[confidence.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(confidence[b], confidence[a]));
        double top = confidence[order[0]];
        for (int i : order) {
            if (confidence[i] < top * LanguageDetector.RUNNER_UP_SHARE) {
                break;
            }
            java.util.Optional<Language> supported = Language.byDetectorCode(model.getMaxentModel().getOutcome(i));
            if (supported.isPresent()) {
                return supported;
            }
        }
        return java.util.Optional.empty();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
