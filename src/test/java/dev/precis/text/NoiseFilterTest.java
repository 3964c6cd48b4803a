package dev.precis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NoiseFilterTest {

    static final String TITLE = "Seoul, Beijing agree to resume fisheries talks";

    static TextAnalyzer english;

    @BeforeAll
    static void loadModels() {
        english = new LanguageModels().analyzer(Language.ENGLISH);
    }

    static String resource(String name) {
        try (InputStream in = NoiseFilterTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void shouldTakeEveryKindOfNoiseOutOfAScrapedArticle() {
        String text = resource("/scraped/fisheries-talks.txt");
        CleanText clean = NoiseFilter.clean(TITLE, text, english);

        assertEquals(List.of(
                "South Korea and China agreed on Tuesday to resume talks on fishing quotas in the Yellow Sea after a two-year pause, the foreign ministry said.",
                "The agreement came during a meeting in Beijing between Vice Foreign Minister Noh Kyu-duk and his Chinese counterpart, Wang Lin, officials said.",
                "The two sides will hold the first round of working-level talks on fishing quotas in June, the ministry said.",
                "\"We expect the talks to ease tension among fishermen on both sides,\" Noh told reporters.",
                "Illegal fishing by Chinese boats in Korean waters has long been a source of friction between the two countries.",
                "The coast guard seized 34 Chinese fishing boats last year, according to Reuters.",
                "Officials said the talks are a step forward."),
                clean.sentences().stream().map(Sentence::text).toList());
        assertEquals(Map.of(
                NoiseKind.SHARE_WIDGETS, 4,
                NoiseKind.HEADLINES, 1,
                NoiseKind.DATELINES, 2,
                NoiseKind.CAPTIONS, 1,
                NoiseKind.AGENCY_CREDITS, 2,
                NoiseKind.RELATED_LINKS, 1,
                NoiseKind.NEWSLETTER_PROMPTS, 1,
                NoiseKind.BYLINES, 1,
                NoiseKind.COPYRIGHT, 1), clean.removed());
    }

    @Test
    void shouldKeepOffsetsOnTheTrimmedTextAndRankTheSentenceAsWritten() {
        String text = resource("/scraped/fisheries-talks.txt");
        CleanText clean = NoiseFilter.clean(TITLE, text, english);
        for (int i = 0; i < clean.sentences().size(); i++) {
            Sentence shown = clean.sentences().get(i);
            assertEquals(i, shown.index());
            assertEquals(shown.text(), text.substring(shown.start(), shown.end()));
            Sentence written = clean.asWritten().get(i);
            assertTrue(written.start() <= shown.start() && shown.end() <= written.end());
        }
        Sentence lead = clean.asWritten().get(0);
        assertTrue(lead.text().startsWith("SEOUL, May 3 (Yonhap) -- South Korea"), lead.text());
        assertEquals("SEOUL, May 3 (Yonhap) -- ", text.substring(lead.start(), clean.sentences().get(0).start()));
        Sentence credited = clean.sentences().get(1);
        assertTrue(text.startsWith(" (Yonhap)", credited.end()), "the closing credit stays outside the returned sentence");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Share | SHARE_WIDGETS",
            "Send to | SHARE_WIDGETS",
            "Facebook · Twitter · Email | SHARE_WIDGETS",
            "Share this article | SHARE_WIDGETS",
            "E-mail to a friend . | SHARE_WIDGETS",
            "May 3, 2022 - 09:30 By Yonhap | DATELINES",
            "Published: 3 May 2022 09:30 BST | DATELINES",
            "Updated 2:14 PM ET, Tue May 3, 2022 | DATELINES",
            "2022-05-03 09:30 | DATELINES",
            "By Jane Doe, Reuters | BYLINES",
            "By JANE DOE and JOHN ROE in Seoul | BYLINES",
            "Reporting by Jane Doe; Editing by John Roe | BYLINES",
            "Noh Kyu-duk (R) shakes hands with his Chinese counterpart in Beijing on May 2. (Yonhap) | CAPTIONS",
            "President Lee (C) poses with students (AP Photo/Jane Doe) | CAPTIONS",
            "In the lead: Jose Smith (right) celebrates the opening goal . | CAPTIONS",
            "Councillors vote on the budget on Monday (Photo: Example News) | CAPTIONS",
            "(Yonhap) | AGENCY_CREDITS",
            "— AFP | AGENCY_CREDITS",
            "(END) | AGENCY_CREDITS",
            "Read more: Fishermen welcome plan to cut illegal catches | RELATED_LINKS",
            "Related: How the quota system works | RELATED_LINKS",
            "Scroll down for video . | RELATED_LINKS",
            "Click here to see the full gallery | RELATED_LINKS",
            "Sign up for our morning newsletter to get the top stories delivered to your inbox. | NEWSLETTER_PROMPTS",
            "Follow us on Twitter | NEWSLETTER_PROMPTS",
            "© 2022 Yonhap News Agency. All rights reserved. | COPYRIGHT",
            "Copyright 2024 The Associated Press. | COPYRIGHT",
            "This material may not be published, broadcast, rewritten or redistributed. | COPYRIGHT",
            "Advertisement | ADVERTISEMENTS",
            "Story continues below advertisement | ADVERTISEMENTS"})
    void shouldRecognizeNoise(String line, NoiseKind kind) {
        assertEquals(kind, NoiseFilter.classify(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"Share prices will fall,\" the analyst said.",
            "Share prices fell.",
            "Officials told AFP the talks would resume next week.",
            "AP reported the figures on Monday.",
            "The agency, Yonhap, said the deal was close.",
            "By Tuesday, the river had risen two metres.",
            "By 2030 the city will need 40 more schools.",
            "Smith (left) and Jones met in London on Friday.",
            "Copyright law was changed in 2019.",
            "Residents can sign up for flood alerts on the council website.",
            "He said: \"We will print more ballots.\"",
            "2022 was a record year for exports.",
            "The World Health Organization (WHO) said on Monday that cases were falling.",
            "The talks resumed.",
            "Officials said the talks are a step forward.",
            "Watch the river, the mayor told residents.",
            "The exhibition features 40 photos: landscapes, portraits and street scenes.",
            "Bishop John Folda (pictured) of the Fargo diocese said he was sorry.",
            "Voters must register by Friday to receive updates on polling stations."})
    void shouldLeaveRealSentencesAlone(String sentence) {
        assertNull(NoiseFilter.classify(sentence), sentence);
    }

    @Test
    void shouldKeepAQuoteThatNamesAnAgencyAndAShortSentenceInAScrapedText() {
        String text = "Share\n\nThe minister resigned on Friday. \"I will not comment,\" she told Reuters.\n\nShe left.\n\nBy Jane Doe, Reuters\n";
        CleanText clean = NoiseFilter.clean(text, english);
        assertEquals(List.of("The minister resigned on Friday.", "\"I will not comment,\" she told Reuters.", "She left."),
                clean.sentences().stream().map(Sentence::text).toList());
        assertEquals(Map.of(NoiseKind.SHARE_WIDGETS, 1, NoiseKind.BYLINES, 1), clean.removed());
    }

    @Test
    void shouldStripTheCnnDatelineFromTheLead() {
        String text = "(CNN) -- Louisiana authorities said Tuesday they found the body of a missing girl. The search had lasted three days.";
        CleanText clean = NoiseFilter.clean(text, english);
        assertEquals("Louisiana authorities said Tuesday they found the body of a missing girl.", clean.sentences().get(0).text());
        assertEquals(9, clean.sentences().get(0).start());
        assertEquals(Map.of(NoiseKind.DATELINES, 1), clean.removed());
    }

    @Test
    void shouldStripACreditThatStandsAfterTheFullStop() {
        String text = "The talks will resume in June. — AFP";
        CleanText clean = NoiseFilter.clean(text, english);
        assertEquals(List.of("The talks will resume in June."), clean.sentences().stream().map(Sentence::text).toList());
        assertEquals(Map.of(NoiseKind.AGENCY_CREDITS, 1), clean.removed());
    }

    @Test
    void shouldJudgeALongParagraphSentenceBySentence() {
        String paragraph = ("The council published its plan on Monday, and residents have until June to comment on it. "
                + "Read more: How the council spends its money. ").repeat(4).strip();
        CleanText clean = NoiseFilter.clean(paragraph, english);
        assertEquals(4, clean.sentences().size());
        assertTrue(clean.sentences().stream().allMatch(s -> s.text().startsWith("The council published")));
        assertEquals(Map.of(NoiseKind.RELATED_LINKS, 4), clean.removed());
    }
}
