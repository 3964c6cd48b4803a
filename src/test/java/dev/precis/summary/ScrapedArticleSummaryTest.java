package dev.precis.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A scraped news article with every kind of page furniture around the story. */
class ScrapedArticleSummaryTest {

    static final String TITLE = "Seoul, Beijing agree to resume fisheries talks";
    static final List<String> NOISE = List.of("Send to", "Share", "Print", "Tweet", "09:30", "(Yonhap)", "Yonhap", "SEOUL", "(R)",
            "shakes hands", "Read more", "newsletter", "By Kim", "©", "All rights reserved", "(END)");

    static Summarizer summarizer;
    static String scraped;

    @BeforeAll
    static void load() {
        summarizer = new Summarizer();
        scraped = resource("/scraped/fisheries-talks.txt");
    }

    static String resource(String name) {
        try (InputStream in = ScrapedArticleSummaryTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void shouldOpenWithTheLeadAndCarryNoNoise() {
        for (Algorithm algorithm : Algorithm.values()) {
            SummaryResult result = summarizer.summarize(TITLE, scraped, SummaryOptions.ofSentences(3).withAlgorithm(algorithm));
            if (algorithm == Algorithm.DEFAULT || algorithm == Algorithm.LEAD) {
                assertTrue(result.sentences().get(0).text().startsWith("South Korea and China agreed on Tuesday"), result.summaryText());
            }
            for (String noise : NOISE) {
                assertFalse(result.summaryText().contains(noise), algorithm + " summary carries \"" + noise + "\": " + result.summaryText());
            }
            for (ScoredSentence s : result.sentences()) {
                assertEquals(s.text(), scraped.substring(s.start(), s.end()), "offsets point into the submitted text");
            }
        }
    }

    @Test
    void shouldReportWhatItRemoved() {
        SummaryResult result = summarizer.summarize(TITLE, scraped, SummaryOptions.ofSentences(3));
        assertEquals(Map.of("shareWidgets", 4, "headlines", 1, "datelines", 2, "captions", 1, "agencyCredits", 2, "relatedLinks", 1,
                "newsletterPrompts", 1, "bylines", 1, "copyright", 1), result.cleaning());
        assertEquals(7, result.sentenceCount(), "only the story's sentences are counted");
        assertEquals("en", result.language());
    }

    @Test
    void shouldKeepNoiseOutOfTheTermStatistics() {
        var terms = summarizer.documentTerms(TITLE, scraped, null);
        for (String noise : List.of("tweet", "print", "newslett", "inbox", "right", "reserv", "min", "handshak", "shake")) {
            assertFalse(terms.contains(noise), "term " + noise + " comes from noise: " + terms);
        }
        assertTrue(terms.contains("fish"));
    }

    @Test
    void shouldSummarizeTheScrapedArticleLikeItsCleanText() {
        String clean = resource("/scraped/fisheries-talks-clean.txt");
        SummaryResult fromScraped = summarizer.summarize(TITLE, scraped, SummaryOptions.ofSentences(3));
        SummaryResult fromClean = summarizer.summarize(TITLE, clean, SummaryOptions.ofSentences(3));
        assertEquals(fromClean.summaryText(), fromScraped.summaryText());
    }
}
