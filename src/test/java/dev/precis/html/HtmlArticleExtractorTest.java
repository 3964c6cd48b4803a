package dev.precis.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.precis.summary.Summarizer;
import dev.precis.summary.SummaryOptions;
import dev.precis.summary.SummaryResult;

class HtmlArticleExtractorTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    static String resource(String name) {
        try (InputStream in = HtmlArticleExtractorTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void shouldExtractTheStoryAsParagraphs() {
        ExtractedArticle article = extractor.extract(resource("/html/budget-vote.html"), null);
        assertEquals(resource("/html/budget-vote.txt").strip(), article.text());
    }

    @Test
    void shouldLeaveScriptsStylesNavigationAdsAndCommentsOut() {
        String text = extractor.extract(resource("/html/budget-vote.html"), null).text();
        for (String outside : List.of("dataLayer", "holiday plans", "Georgia", "Subscribe today", "Weather forecast", "mattresses",
                "cookies", "Related stories", "bridges keep failing", "newsletter", "Finally the schools", "Another year of waiting",
                "All rights reserved", "Privacy policy", "Photo:", "Tweet", "By Jane Doe", "Council approves budget")) {
            assertFalse(text.contains(outside), "\"" + outside + "\" reached the text");
        }
    }

    @Test
    void shouldReadTitleCanonicalUrlAndPublicationTime() {
        ExtractedArticle article = extractor.extract(resource("/html/budget-vote.html"), null);
        assertEquals("Council approves budget", article.title());
        assertEquals("https://herald.example.com/news/2024/05/budget", article.url());
        assertEquals(Instant.parse("2024-05-06T16:45:00Z"), article.publishedAt());
    }

    @Test
    void shouldReadThePublicationDateFromJsonLdGraphs() {
        ExtractedArticle article = extractor.extract(resource("/html/haushalt.html"), null);
        assertEquals(Instant.parse("2024-03-11T00:00:00Z"), article.publishedAt());
        assertTrue(article.text().startsWith("Die Stadtverwaltung von Freiburg"));
        assertFalse(article.text().contains("Startseite"));
    }

    @Test
    void shouldReadThePublicationTimeFromATimeElement() {
        String html = "<html><head><title>Storm</title></head><body><article><time datetime=\"2024-02-01T07:00:00Z\">1 Feb</time>"
                + "<p>Storm Ellen brought winds of up to 100 mph to the west coast on Thursday, cutting power to 40,000 homes.</p>"
                + "<p>Engineers worked through the night to restore power to homes in the worst-hit towns.</p></article></body></html>";
        ExtractedArticle article = extractor.extract(html, null);
        assertEquals(Instant.parse("2024-02-01T07:00:00Z"), article.publishedAt());
        assertNull(article.url());
        assertEquals("Storm", article.title());
    }

    @Test
    void shouldReadMalformedHtml() {
        ExtractedArticle article = extractor.extract(resource("/html/malformed.html"), null);
        assertTrue(article.text().contains("Storm Ellen brought winds of up to 100 mph"), article.text());
        assertTrue(article.text().contains("Ferries between the islands were cancelled"), article.text());
        assertFalse(article.text().contains("not part of the story"));
        assertEquals("Storm cuts power to thousands", article.title());
    }

    @Test
    void shouldRefuseAPageWithoutArticleText() {
        assertThrows(UnreadablePageException.class, () -> extractor.extract(resource("/html/no-article.html"), null));
        assertThrows(UnreadablePageException.class, () -> extractor.extract("<<<>>>", null));
    }

    @Test
    void shouldSummarizeThePageLikeItsCleanText() {
        Summarizer summarizer = new Summarizer();
        ExtractedArticle article = extractor.extract(resource("/html/budget-vote.html"), null);
        SummaryResult fromPage = summarizer.summarize(article.title(), article.text(), SummaryOptions.ofSentences(3));
        SummaryResult fromText = summarizer.summarize("Council approves budget", resource("/html/budget-vote.txt"), SummaryOptions.ofSentences(3));
        assertEquals(fromText.summaryText(), fromPage.summaryText());
        assertEquals(fromText.sentenceCount(), fromPage.sentenceCount());
    }

    @Test
    void shouldParseTimesWithAndWithoutOffsets() {
        assertEquals(Instant.parse("2024-05-06T16:45:00Z"), PageMetadata.parseTime("2024-05-06T18:45:00+02:00"));
        assertEquals(Instant.parse("2024-05-06T16:45:00Z"), PageMetadata.parseTime("2024-05-06T18:45:00+0200"));
        assertEquals(Instant.parse("2024-05-06T18:45:00Z"), PageMetadata.parseTime("2024-05-06T18:45:00"));
        assertEquals(Instant.parse("2024-05-06T00:00:00Z"), PageMetadata.parseTime("2024-05-06"));
        assertNull(PageMetadata.parseTime("last Monday"));
    }
}
