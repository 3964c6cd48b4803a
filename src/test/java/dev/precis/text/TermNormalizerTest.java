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
            tokenizer.forEachWordSpan(straightened, 0, straightened.length, (start, end) -> spans.add(String.valueOf(fromText.term(straightened, start, end))));
            tokenizer.forEachWord(text, 0, text.length(), word -> words.add(String.valueOf(fromWords.term(word))));
        }
        assertEquals(words, spans);
        assertEquals("council", fromText.term(straightened, 4, 13));
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
