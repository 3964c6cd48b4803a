package dev.precis.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.support.Resources;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * The sentence ends found without {@link SentenceDetectorME} must be the ones it finds, on the same
 * features as OpenNLP's context generator gives, with every model Precis ships.
 */
class ModelSentenceEndsTest {

    /** Texts whose candidates are unusual: at the very start or end, in runs, between white space of every kind. */
    private static final List<String> TRICKY = List.of(
            "", " ", ".", "...", "?!", " . ", "a.", ".a", "Wait... What?! No. Yes!",
            "He left.\u00A0She stayed.\u2003Then? Nothing.\tEnd.\n",
            "U.S. officials met at 3 p.m. on Jan. 5. They left at 4.30. \"Why?\" she asked. (It rained.) Done",
            "Trailing white space after the last sentence.   \n  ",
            "   Leading white space. And a sentence that never ends",
            "Ellipsis at the end...", "Many.... dots.... here....", "Mixed?!.. punctuation!?. Then more.");

    @Test
    void shouldFindTheSentencesSentenceDetectorFinds() throws IOException {
        List<String> texts = new ArrayList<>(TRICKY);
        ObjectMapper mapper = new ObjectMapper();
        for (String set : List.of("bbc100.jsonl", "cnndm100.jsonl")) {
            for (String line : Resources.read("/eval/" + set).split("\n")) {
                if (!line.isBlank()) {
                    texts.add(mapper.readTree(line).get("text").asText());
                }
            }
        }
        for (String code : List.of("de", "es", "fr", "it", "ja", "ko", "nl", "pt", "ru", "th", "zh")) {
            texts.add(Resources.read("/languages/" + code + ".txt"));
        }
        for (Language language : Language.supported()) {
            if (!language.hasSentenceModel()) {
                continue;
            }
            SentenceModel model;
            try (InputStream in = ModelResources.open(language.sentenceModel())) {
                model = new SentenceModel(in);
            }
            ModelSentenceEnds ends = ModelSentenceEnds.of(model);
            assertNotNull(ends, language.code());
            SentenceDetectorME detector = new SentenceDetectorME(model);
            SDContextGenerator generator = model.getFactory().getSDContextGenerator();
            for (String text : texts) {
                // the whole text, and each of its lines, as the splitter hands blocks over
                List<String> blocks = new ArrayList<>(List.of(text));
                blocks.addAll(List.of(text.split("\n")));
                for (String block : blocks) {
                    // the features of every character the model's own scanner offers
                    for (int at : model.getFactory().getEndOfSentenceScanner().getPositions(block)) {
                        assertArrayEquals(generator.getContext(block, at), ends.context(block, at), language.code() + " at " + at + ": " + block);
                    }
                    List<String> expected = new ArrayList<>();
                    for (Span span : detector.sentPosDetect(block)) {
                        expected.add(span.getStart() + "-" + span.getEnd());
                    }
                    List<String> found = ends.spans(block).stream().map(s -> s[0] + "-" + s[1]).toList();
                    assertEquals(expected, found, language.code() + ": " + block);
                }
            }
        }
    }
}
