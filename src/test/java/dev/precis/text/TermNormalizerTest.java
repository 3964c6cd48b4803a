package dev.precis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class TermNormalizerTest {

    private static TermNormalizer english() {
        return TermNormalizer.of(Language.ENGLISH);
    }

    @Test
    void shouldGiveTheTermOfAWordInATextAsOfTheWordItself() {
        TermNormalizer fromText = english();
        TermNormalizer fromWords = english();
        String text = "The council’s budgets weren't approved; the Council’s 3.5 rise isn’t final.";
        char[] straightened = text.replace('’', '\'').toCharArray();
        List<String> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        WordTokenizer tokenizer = new WordTokenizer();
        for (int round = 0; round < 2; round++) {
            tokenizer.forEachWordSpan(straightened, 0, straightened.length, (start, end) -> spans.add(String.valueOf(term(fromText, straightened, start, end))));
            tokenizer.forEachWord(text, 0, text.length(), word -> words.add(String.valueOf(fromWords.term(word))));
        }
        assertEquals(words, spans);
        assertEquals("council", term(fromText, straightened, 4, 13));
    }

    /** The term of a word of a copied text, as the analyzer takes it. */
    private static String term(TermNormalizer normalizer, char[] text, int start, int end) {
        int number = normalizer.termNumber(text, start, end);
        return number >= 0 ? normalizer.term(number)
                : number == TermNormalizer.UNNUMBERED ? normalizer.unnumberedTerm(text, start, end) : null;
    }

    @Test
    void shouldGiveOneNumberToEachTerm() {
        TermNormalizer normalizer = english();
        char[] text = "approves approved approval councils council".toCharArray();
        int approves = normalizer.termNumber(text, 0, 8);
        assertEquals(approves, normalizer.termNumber(text, 9, 17));
        assertEquals("approv", normalizer.term(approves));
        int councils = normalizer.termNumber(text, 27, 35);
        assertEquals(councils, normalizer.termNumber(text, 36, 43));
        assertEquals(false, approves == councils);
        assertEquals(TermNormalizer.NO_TERM, normalizer.termNumber("the".toCharArray(), 0, 3));
    }

    @Test
    void shouldKeepATypographicApostropheAsGivenInAWord() {
        TermNormalizer normalizer = english();
        assertEquals("council", normalizer.term("council's"));
        assertEquals(english().term("council’s"), normalizer.term("council’s"));
    }

    @Test
    void shouldGiveTheSameTermsBeyondItsBoundAndAcrossThreads() throws Exception {
        TermNormalizer shared = english();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < WordTerms.MAX_WORDS + 5_000; i++) {
            words.add("word" + Integer.toString(i, 26).replace('0', 'z') + "ing");
        }
        words.add("a".repeat(WordTerms.MAX_WORD_LENGTH + 1) + "ing");
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(threads.submit(() -> words.stream().map(shared::term).toList()));
            }
            TermNormalizer alone = english();
            List<String> expected = words.stream().map(alone::term).toList();
            for (Future<List<String>> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            threads.shutdown();
        }
        assertNull(shared.term("the"));
    }
}
