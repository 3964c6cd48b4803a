package dev.precis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class HeadlineTest {

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
