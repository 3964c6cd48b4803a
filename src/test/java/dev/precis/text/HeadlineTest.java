package dev.precis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
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
}
