package dev.precis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    static TextAnalyzer english;

    @BeforeAll
    static void loadModels() {
        english = new LanguageModels().analyzer(Language.ENGLISH);
    }

    static List<String> split(String text) {
        List<Sentence> sentences = english.sentences(text);
        for (Sentence s : sentences) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
        }
        return sentences.stream().map(Sentence::text).toList();
    }

    @Test
    void shouldNotEndASentenceAtTitlesAndAbbreviations() {
        assertEquals(List.of(
                "Mr. Smith met U.N. officials at 3 p.m. on Tuesday in St. Louis.",
                "The U.S. economy grew 3.5% last year, officials said.",
                "He finished No. 1 in the rankings, ahead of Dr. Jones and Sen. J. K. Lee."),
                split("Mr. Smith met U.N. officials at 3 p.m. on Tuesday in St. Louis. The U.S. economy grew 3.5% last year, officials said. "
                        + "He finished No. 1 in the rankings, ahead of Dr. Jones and Sen. J. K. Lee."));
    }

    @Test
    void shouldEndASentenceAtAnAbbreviationThatClosesIt() {
        assertEquals(List.of("The talks ended at 5 p.m.", "Officials said more talks are planned."),
                split("The talks ended at 5 p.m. Officials said more talks are planned."));
    }

    @Test
    void shouldKeepEllipsesInsideASentence() {
        assertEquals(List.of("She paused... then left the room.", "Nobody followed her."),
                split("She paused... then left the room. Nobody followed her."));
    }

    @Test
    void shouldEndASentenceAtAQuotationEndingWithAFullStop() {
        assertEquals(List.of("He said: \"It is over.\"", "Then he left.", "\"We will win,\" she said."),
                split("He said: \"It is over.\" Then he left. \"We will win,\" she said."));
    }

    @Test
    void shouldEndASentenceAtAParagraphBreakEvenWithoutAFullStop() {
        assertEquals(List.of("Council approves budget", "The council approved the budget on Monday."),
                split("Council approves budget\n\nThe council approved the budget on Monday."));
    }

    @Test
    void shouldSplitWithTheFallbackWhereNoModelIsPublished() {
        TextAnalyzer spanish = new LanguageModels().analyzer(Language.byCode("es").orElseThrow());
        List<String> sentences = spanish.sentences("La Sra. García llegó a las 9. ¿Qué pasó? ¡Nada! El Dr. Pérez no dijo nada.")
                .stream().map(Sentence::text).toList();
        assertEquals(List.of("La Sra. García llegó a las 9.", "¿Qué pasó?", "¡Nada!", "El Dr. Pérez no dijo nada."), sentences);
    }

    @Test
    void shouldSplitChineseAndJapaneseAtTheirFullStops() {
        TextAnalyzer chinese = new LanguageModels().analyzer(Language.byCode("zh").orElseThrow());
        assertEquals(3, chinese.sentences("第一句话。第二句话！第三句话？").size());
        TextAnalyzer japanese = new LanguageModels().analyzer(Language.byCode("ja").orElseThrow());
        assertEquals(List.of("東京で会議が開かれた。", "「よろしく」と言った。"),
                japanese.sentences("東京で会議が開かれた。「よろしく」と言った。").stream().map(Sentence::text).toList());
    }

    @Test
    void shouldSplitArabicAtItsQuestionMark() {
        TextAnalyzer arabic = new LanguageModels().analyzer(Language.byCode("ar").orElseThrow());
        assertEquals(3, arabic.sentences("هذه جملة. هل هذه جملة ثانية؟ نعم.").size());
    }
}
