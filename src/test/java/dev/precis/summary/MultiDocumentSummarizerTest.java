package dev.precis.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MultiDocumentSummarizerTest {

    static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");

    static final MultiDocumentSummarizer.Document FIRST = new MultiDocumentSummarizer.Document("a1", "Lenqton flooded", """
            Floodwater from the Vardeq river forced two thousand people from their homes in Lenqton on Monday.

            Rescue teams used boats to reach families stranded on rooftops in the lower town of Lenqton. \
            The river agency said the Vardeq rose three metres overnight after a week of heavy rain.
            """, MONDAY);
    /** The first report re-sent by another outlet, its lead word for word. */
    static final MultiDocumentSummarizer.Document RESENT = new MultiDocumentSummarizer.Document("a2", "Thousands leave Lenqton", """
            Floodwater from the Vardeq river forced two thousand people from their homes in Lenqton on Monday.

            The regional governor visited the shelters set up in Lenqton schools and promised help for the flooded homes.
            """, MONDAY.plusSeconds(3600));
    static final MultiDocumentSummarizer.Document LATER = new MultiDocumentSummarizer.Document("a3", "Vardeq falls", """
            Residents of Lenqton began returning home on Wednesday as the Vardeq river fell below its banks.

            The flood left mud in hundreds of homes in Lenqton, and the river agency said the Vardeq had dropped two metres.
            """, MONDAY.plusSeconds(2 * 86400));

    static MultiDocumentSummarizer summarizer;

    @BeforeAll
    static void loadModels() {
        summarizer = new MultiDocumentSummarizer(new Summarizer());
    }

    @Test
    void shouldAttributeEachSentenceWithOffsetsIntoItsArticle() {
        Map<String, String> texts = Map.of("a1", FIRST.text(), "a2", RESENT.text(), "a3", LATER.text());
        MultiDocumentSummary summary = summarizer.summarize(List.of(FIRST, RESENT, LATER), MultiDocumentSummarizer.Options.ofSentences(4),
                TermStatistics.NONE);
        assertEquals(4, summary.sentences().size());
        for (MultiDocumentSummary.AttributedSentence s : summary.sentences()) {
            assertEquals(s.text(), texts.get(s.articleId()).substring(s.start(), s.end()));
        }
    }

    @Test
    void shouldLeaveOutASentenceRepeatedAcrossCopies() {
        MultiDocumentSummary summary = summarizer.summarize(List.of(FIRST, RESENT, LATER), MultiDocumentSummarizer.Options.ofSentences(4),
                TermStatistics.NONE);
        Set<String> texts = new HashSet<>();
        for (MultiDocumentSummary.AttributedSentence s : summary.sentences()) {
            assertTrue(texts.add(s.text()), "repeated: " + s.text());
        }
    }

    @Test
    void shouldOrderSentencesByArticleTimeThenPosition() {
        // given out of order: the summary reads in the order the articles appeared
        MultiDocumentSummary summary = summarizer.summarize(List.of(LATER, RESENT, FIRST), MultiDocumentSummarizer.Options.ofSentences(5),
                TermStatistics.NONE);
        List<String> order = List.of("a1", "a2", "a3");
        for (int i = 1; i < summary.sentences().size(); i++) {
            MultiDocumentSummary.AttributedSentence before = summary.sentences().get(i - 1);
            MultiDocumentSummary.AttributedSentence after = summary.sentences().get(i);
            int byArticle = Integer.compare(order.indexOf(before.articleId()), order.indexOf(after.articleId()));
            assertTrue(byArticle < 0 || byArticle == 0 && before.index() < after.index(), summary.sentences().toString());
        }
    }

    @Test
    void shouldPreferTheLeadOfTheStory() {
        MultiDocumentSummary summary = summarizer.summarize(List.of(FIRST, RESENT, LATER), MultiDocumentSummarizer.Options.ofSentences(1),
                TermStatistics.NONE);
        assertTrue(summary.text().startsWith("Floodwater from the Vardeq river"), summary.text());
    }

    @Test
    void shouldStayWithinTheWordBudget() {
        for (int budget : new int[] {20, 40, 60}) {
            MultiDocumentSummary summary = summarizer.summarize(List.of(FIRST, RESENT, LATER),
                    MultiDocumentSummarizer.Options.ofWords(budget), TermStatistics.NONE);
            assertFalse(summary.sentences().isEmpty());
            assertTrue(summary.text().split("\\s+").length <= budget, summary.text());
        }
    }

    @Test
    void shouldAskForExactlyOneLength() {
        assertThrows(IllegalArgumentException.class, () -> new MultiDocumentSummarizer.Options(3, 100));
        assertThrows(IllegalArgumentException.class, () -> new MultiDocumentSummarizer.Options(null, null));
        assertThrows(IllegalArgumentException.class, () -> MultiDocumentSummarizer.Options.ofWords(0));
    }
}
