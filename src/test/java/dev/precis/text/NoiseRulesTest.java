package dev.precis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Each rule's pre-check only saves time: it must never turn away a line that its rule matches.
 * Held over every line of the test texts, their sentences and lines of every kind of noise; each
 * check must also meet lines it lets through and its pattern matches, or it proves nothing.
 */
class NoiseRulesTest {

    private static final List<String> LINES = TestLines.all();

    @Test
    void shouldPassEveryLineARuleMatchesThroughItsPreCheck() {
        Set<NoiseKind> matched = EnumSet.noneOf(NoiseKind.class);
        for (NoiseRules.Rule rule : NoiseRules.RULES) {
            for (String text : LINES) {
                NoiseLine line = new NoiseLine(text);
                if (!line.text().isEmpty() && rule.matches().test(line)) {
                    matched.add(rule.kind());
                    assertTrue(rule.preCheck().test(line), rule.kind() + " pre-check turns away: " + text);
                }
            }
        }
        assertEquals(EnumSet.complementOf(EnumSet.of(NoiseKind.HEADLINES)), matched, "kinds whose rule matched a test line");
    }

    @Test
    void shouldFindATrailingCreditOnlyWhereThePreCheckAllowsOne() {
        assertAgrees(AgencyCredits::mayEndInCredit, AgencyCredits::findsTrailingCredit, "trailing credit");
    }

    @Test
    void shouldFindAPhotoCreditOnlyWhereThePreCheckAllowsOne() {
        assertAgrees(s -> Captions.mayEndInPhotoCredit(new NoiseLine(s)), s -> Captions.findsPhotoCredit(new NoiseLine(s)), "photo credit");
    }

    @Test
    void shouldTakeADateLineApartOnlyWhenItsWordsAreDateWords() {
        DateLines.Vocabulary vocabulary = DateLines.vocabulary();
        Pattern by = Pattern.compile("\\s(?i:by)\\s");
        assertAgrees(s -> NoiseLine.onlyWordsFrom(datePart(s, by), vocabulary.words()),
                s -> vocabulary.onlyPartsByPattern(datePart(s, by)), "date line");
    }

    @Test
    void shouldJudgeADateLineOnlyWhenItsFirstWordMayOpenOne() {
        DateLines.Vocabulary vocabulary = DateLines.vocabulary();
        Pattern by = Pattern.compile("\\s(?i:by)\\s");
        assertAgrees(s -> DateLines.mayOpenDateLine(NoiseLine.firstRunOfLetters(s.toLowerCase(Locale.ROOT))),
                s -> NoiseLine.onlyWordsFrom(datePart(s, by), vocabulary.words()), "first word of a date line");
        for (String line : List.of("12:30 By Jane Doe", "May 3, 2022 - 09:30 By Yonhap", "Updated 2:14 PM ET, Tue May 3, 2022")) {
            assertTrue(DateLines.mayBeDateLine(new NoiseLine(line)), line);
        }
        assertFalse(DateLines.mayBeDateLine(new NoiseLine("The council voted 12-3 on Monday.")));
    }

    @Test
    void shouldFindDateEvidenceOnlyInLinesWithADigit() {
        Pattern evidence = Pattern.compile("\\d");
        assertAgrees(s -> new NoiseLine(s).digit(), s -> evidence.matcher(s).find(), "digit");
    }

    @Test
    void shouldBuildTheDateVocabularyWithEveryMonthName() {
        DateLines.Vocabulary vocabulary = DateLines.vocabulary();
        for (String month : List.of("january", "sept", "mai", "décembre", "marzo", "outubro", "maart")) {
            assertTrue(vocabulary.monthName().matcher("3 " + month + " 2022").find(), month);
            assertTrue(vocabulary.words().contains(month), month);
        }
        assertFalse(vocabulary.monthName().matcher("marching on").find());
    }

    /** What {@link DateLines} judges of a line: the lower-cased part before " by ". */
    private static String datePart(String s, Pattern by) {
        String line = s.strip();
        Matcher m = by.matcher(line);
        return (m.find() ? line.substring(0, m.start()) : line).toLowerCase(Locale.ROOT);
    }

    /** Every line {@code full} accepts passes {@code preCheck}, and some lines are accepted. */
    private static void assertAgrees(Predicate<String> preCheck, Predicate<String> full, String what) {
        int accepted = 0;
        for (String line : LINES) {
            String s = line.strip();
            if (full.test(s)) {
                accepted++;
                assertTrue(preCheck.test(s), what + " pre-check turns away: " + s);
            }
        }
        assertTrue(accepted > 0, what + ": no test line is accepted");
    }
}
