package dev.precis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class HeadlineTest {

    @Test
    void shouldTakeTheTitleAgainButForCasePunctuationAndSpacing() {
        Headline headline = Headline.of("Seoul, Beijing agree to resume fisheries talks");
        assertTrue(headline.isRepeatedBy("SEOUL — BEIJING AGREE TO RESUME FISHERIES TALKS"));
        assertTrue(headline.isRepeatedBy("  Seoul,  Beijing agree to resume fisheries talks.  "));
        assertFalse(headline.isRepeatedBy("Seoul, Beijing agree to resume fisheries talks in June"));
        assertFalse(headline.isRepeatedBy("Seoul Beijing agree to resume fishery talks"));
    }

    @Test
    void shouldKeepDigitsAndLettersOfEveryScript() {
        assertTrue(Headline.of("Ⅻ 2024: Доходы выросли ½").isRepeatedBy("ⅻ 2024 доходы выросли ½"));
        assertFalse(Headline.of("Budget 2024").isRepeatedBy("Budget 2025"));
    }

    @Test
    void shouldReduceATextAsTheRegularExpressionDoes() {
        Pattern others = Pattern.compile("[^\\p{L}\\p{N}]+");
        for (String line : TestLines.all()) {
            assertEquals(others.matcher(line.toLowerCase(Locale.ROOT)).replaceAll(" ").strip(), Headline.comparable(line), line);
        }
    }


    @Test
    void shouldFindAHeadlineFollowedByABlankLineOrADateline() {
        assertEquals(Optional.of("Storm closes ferries"), Headline.find("Storm closes ferries\n\nA storm closed the ferries on Monday."));
        assertEquals(Optional.of("Storm closes ferries"),
                Headline.find("Storm closes ferries\nOSLO, May 2 (NTB) -- A storm closed the ferries on Monday."));
        assertEquals(Optional.of("Storm closes ferries"),
                Headline.find("Share\nPrint\n\nStorm closes ferries\n\nA storm closed the ferries on Monday."));
    }

    @Test
    void shouldTakeNoSentenceOrRunOnLineForAHeadline() {
        assertTrue(Headline.find("A storm closed the ferries.\n\nThey run again today.").isEmpty());
        assertTrue(Headline.find("Storm closes ferries\nand the roads were closed too by fallen trees.").isEmpty());
        assertTrue(Headline.find("Storm closes ferries").isEmpty());
        assertTrue(Headline.find("storm closes ferries\n\nA storm closed the ferries on Monday.").isEmpty());
        assertTrue(Headline.find("Ferries\n\nA storm closed the ferries on Monday.").isEmpty());
        assertTrue(Headline.find("Storm closes ferries\n\nA storm closed the ferries on Monday").isEmpty());
        assertTrue(Headline.find("Did the storm close the ferries?\n\nIt did, on Monday.").isEmpty());
    }

    @Test
    void shouldAcceptKeywordsByHowTheArticleWritesThem() {
        KeywordFilter filter = new KeywordFilter(Language.ENGLISH);
        String text = "The ferries will run again on 2 May, two officials said. Officials of the Port of Oslo met Kyu-duk.";
        assertTrue(!filter.accepts(text, "will") && !filter.accepts(text, "two") && !filter.accepts(text, "der"));
        assertTrue(filter.accepts(text, "May") && filter.accepts(text, "ferries") && filter.accepts(text, "Port"));
        assertEquals("Kyu-duk", KeywordFilter.wholeName(text, "duk"));
        assertEquals("ferries", KeywordFilter.wholeName(text, "ferries"));
    }
}
