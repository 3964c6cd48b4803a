package dev.precis.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Terms for languages written without spaces between words, after Lucene's CJK bigram filter:
 * every pair of adjacent characters in a run of Chinese, Japanese or Korean characters is a term
 * (a run of one character is a term by itself), so no dictionary is needed and words of two
 * characters, the most common length, are matched exactly. Thai gets the same treatment over its
 * character clusters (a consonant with its vowel and tone marks). Japanese bigrams made only of
 * hiragana are left out: those are particles and inflections, the stopwords of Japanese.
 * <p>
 * Words outside such runs (Latin names, numbers) are counted like the words of a spaced language,
 * lower-cased, without stemming, with Lucene's stopword list for CJK text.
 */
final class CharacterBigrams {

    private final Language.Script script;
    private final boolean skipHiraganaPairs;
    private final WordTokenizer tokenizer = new WordTokenizer();
    private final TermNormalizer otherWords;
    private final ThreadLocal<BreakIterator> thaiWords = ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(Locale.forLanguageTag("th")));

    CharacterBigrams(Language language, TermNormalizer otherWords) {
        this.script = language.script();
        this.skipHiraganaPairs = "ja".equals(language.code());
        this.otherWords = otherWords;
    }

    int wordCount(CharSequence text, int start, int end) {
        int count = 0;
        int i = start;
        while (i < end) {
            int runEnd = runEnd(text, i, end);
            if (runEnd > i) {
                count += runWords(text, i, runEnd);
                i = runEnd;
            } else {
                int otherEnd = otherEnd(text, i, end);
                count += tokenizer.words(text, i, otherEnd).size();
                i = otherEnd;
            }
        }
        return count;
    }

    void terms(CharSequence text, int start, int end, TextAnalyzer.TermSink sink) {
        int i = start;
        while (i < end) {
            int runEnd = runEnd(text, i, end);
            if (runEnd > i) {
                bigrams(units(text, i, runEnd), sink);
                i = runEnd;
            } else {
                int otherEnd = otherEnd(text, i, end);
                for (String word : tokenizer.words(text, i, otherEnd)) {
                    String term = otherWords.term(word);
                    if (term != null) {
                        sink.accept(term, word);
                    }
                }
                i = otherEnd;
            }
        }
    }

    private void bigrams(List<String> units, TextAnalyzer.TermSink sink) {
        if (units.size() == 1) {
            sink.accept(units.get(0), units.get(0));
            return;
        }
        for (int k = 0; k + 1 < units.size(); k++) {
            String first = units.get(k);
            String second = units.get(k + 1);
            if (skipHiraganaPairs && isHiragana(first) && isHiragana(second)) {
                continue;
            }
            String pair = first + second;
            sink.accept(pair, pair);
        }
    }

    /** Characters of a CJK run, or clusters of a Thai run (a base letter with its combining marks). */
    private List<String> units(CharSequence text, int start, int end) {
        List<String> units = new ArrayList<>(end - start);
        int i = start;
        while (i < end) {
            int next = i + Character.charCount(Character.codePointAt(text, i));
            while (script == Language.Script.THAI && next < end && WordTokenizer.isCombiningMark(text.charAt(next))) {
                next++;
            }
            units.add(text.subSequence(i, next).toString());
            i = next;
        }
        return units;
    }

    /**
     * Words in a run: each Chinese character or kana counts as one (as Unicode word breaking
     * treats them), a run of Hangul is one Korean word, Thai words come from the JDK's
     * dictionary-based word breaks.
     */
    private int runWords(CharSequence text, int start, int end) {
        if (script == Language.Script.THAI) {
            BreakIterator words = thaiWords.get();
            String run = text.subSequence(start, end).toString();
            words.setText(run);
            int count = 0;
            for (int b = words.first(), e = words.next(); e != BreakIterator.DONE; b = e, e = words.next()) {
                if (SentenceSplitter.hasWordCharacter(run, b, e)) {
                    count++;
                }
            }
            return Math.max(1, count);
        }
        int count = 0;
        boolean inHangul = false;
        for (int i = start; i < end; i += Character.charCount(Character.codePointAt(text, i))) {
            int cp = Character.codePointAt(text, i);
            boolean hangul = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL;
            if (!hangul || !inHangul) {
                count++;
            }
            inHangul = hangul;
        }
        return count;
    }

    private int runEnd(CharSequence text, int start, int end) {
        int i = start;
        while (i < end) {
            int cp = Character.codePointAt(text, i);
            if (!isRunCharacter(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private int otherEnd(CharSequence text, int start, int end) {
        int i = start;
        while (i < end) {
            int cp = Character.codePointAt(text, i);
            if (isRunCharacter(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return Math.max(i, start + 1);
    }

    private boolean isRunCharacter(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        if (script == Language.Script.THAI) {
            return s == Character.UnicodeScript.THAI && (Character.isLetter(cp) || WordTokenizer.isCombiningMark((char) cp));
        }
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.HANGUL && Character.isLetter(cp)
                // the prolonged sound mark continues a katakana word
                || cp == 'ー';
    }

    private static boolean isHiragana(String unit) {
        return Character.UnicodeScript.of(unit.codePointAt(0)) == Character.UnicodeScript.HIRAGANA;
    }
}
