package dev.precis.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A plain text that opens with its headline: the headline becomes the title, not a summary
 * sentence; and the keywords of such a wire story, and of the web page's example, are words a
 * reader would accept.
 */
class PlainTextHeadlineTest {

    static final String HEADLINE = "Top nuclear envoys of S. Korea, China hold talks on N. Korea";
    static final Summarizer SUMMARIZER = new Summarizer();

    static String resource(String name) {
        try (InputStream in = PlainTextHeadlineTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String WIRE = resource("/scraped/nuclear-envoys.txt");
    static final String PAGE_EXAMPLE = resource("/page/harbour-bridge.txt");

    @Test
    void shouldTakeTheFirstLineOfAWireStoryAsItsTitle() {
        SummaryResult result = SUMMARIZER.summarize(null, WIRE, SummaryOptions.ofSentences(3));
        assertEquals(HEADLINE, result.title());
        assertTrue(result.titleDetected());
        assertTrue(result.summaryText().startsWith("The chief nuclear envoys of South Korea and China met in Seoul on Tuesday"),
                result.summaryText());
        assertFalse(result.summaryText().contains("hold talks on N. Korea"), result.summaryText());
        // the headline is not counted as a sentence: the story has six, the (END) mark is noise
        SummaryResult all = SUMMARIZER.summarize(null, WIRE, SummaryOptions.ofSentences(100));
        assertTrue(all.sentences().stream().noneMatch(s -> s.text().contains("hold talks")), all.summaryText());
        assertEquals(all.sentences().size(), all.sentenceCount());
    }

    @Test
    void shouldKeepAGivenTitleThatRepeatsTheFirstLine() {
        SummaryResult result = SUMMARIZER.summarize(HEADLINE, WIRE, SummaryOptions.ofSentences(3));
        assertEquals(HEADLINE, result.title());
        assertFalse(result.titleDetected());
        assertEquals(SUMMARIZER.summarize(null, WIRE, SummaryOptions.ofSentences(3)).summaryText(), result.summaryText());
    }

    @Test
    void shouldFindNoTitleInATextThatOpensWithASentence() {
        SummaryResult result = SUMMARIZER.summarize(null, PAGE_EXAMPLE, SummaryOptions.ofSentences(3));
        assertNull(result.title());
        assertFalse(result.titleDetected());
        assertTrue(result.summaryText().startsWith("The regional council voted on Tuesday"), result.summaryText());
    }

    @Test
    void shouldCountTheDetectedTitleAsTheTitleInTheDocumentTerms() {
        // the headline's terms count for the article, as a given title's do
        assertEquals(SUMMARIZER.documentTerms(HEADLINE, WIRE, null), SUMMARIZER.documentTerms(null, WIRE, null));
    }

    @Test
    void shouldLeaveAuxiliariesNumberWordsAndForeignStopwordsOutOfTheKeywords() {
        for (String text : List.of(WIRE, PAGE_EXAMPLE)) {
            List<String> words = SUMMARIZER.summarize(null, text, SummaryOptions.ofSentences(3).withKeywords(60)).keywords().stream()
                    .map(Keyword::word).toList();
            assertEquals(60, words.size());
            for (String rejected : List.of("will", "can", "may", "must", "two", "three", "four", "first", "der", "les", "per")) {
                assertFalse(words.contains(rejected), rejected + " in " + words);
            }
            if (text == PAGE_EXAMPLE) {
                assertTrue(words.containsAll(List.of("council", "bridge", "Lind", "Harbour")), words.toString());
            }
        }
    }

    @Test
    void shouldKeepNamesWhole() {
        List<String> words = SUMMARIZER.summarize(null, WIRE, SummaryOptions.ofSentences(3).withKeywords(80)).keywords().stream()
                .map(Keyword::word).toList();
        assertTrue(words.containsAll(List.of("Kyu-duk", "Punggye-ri", "Seoul", "Liu", "May")), words.toString());
        assertTrue(words.stream().noneMatch(w -> w.equals("Kyu") || w.equals("duk") || w.equals("Punggye")), words.toString());
    }
}
