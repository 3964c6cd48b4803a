package dev.precis.text;

import java.text.DateFormatSymbols;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that is only a date and time, maybe with labels ("Published:") and a byline after it:
 * "May 3, 2022 - 09:30 By Yonhap", "Updated 2:14 PM ET, Tue May 3, 2022".
 */
final class DateLines {

    /** Something a date or time holds; every match holds an ASCII digit. */
    private static final Pattern DATE_EVIDENCE = Pattern.compile("\\d{1,2}:\\d{2}|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\b");
    private static final Pattern NUMERIC_DATE_OR_TIME = Pattern.compile("\\d{1,2}:\\d{2}|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|\\d{4}\\s*년|\\d{4}年");
    private static final Pattern BY_WORD = Pattern.compile("\\s(?i:by)\\s");
    private static final Vocabulary VOCABULARY = Vocabulary.ofLanguages("en", "de", "fr", "es", "it", "pt", "nl");

    private DateLines() {
    }

    /**
     * Everything a date line may hold besides the date itself: month and weekday names (from the
     * JDK's locale data for the main European languages), labels, time zones, separators.
     *
     * @param part      one piece of a date line: a name or label, a number with its suffix, or separators
     * @param words     every word (run of letters) that {@code part} can take out
     * @param monthName any month name, as a word of its own
     */
    record Vocabulary(Pattern part, Set<String> words, Pattern monthName) {

        private static final String LABELS = "first published|last updated|last modified|published|updated|posted|modified|date|on|at|uhr"
                + "|um|am|stand|veröffentlicht|aktualisiert|publié le|publié|mis à jour le|mis à jour|le|à|publicado|actualizado|el|de|del"
                + "|pubblicato|aggiornato|il|alle|gepubliceerd|bijgewerkt|op|om|in|опубликовано|обновлено|입력|수정|发布时间|更新时间"
                + "|a\\.m\\.|p\\.m\\.|am|pm|gmt|bst|utc|est|edt|et|cet|cest|kst|jst|pst|pdt|pt|cst|cdt|ct|mt|aest|ist|\\d+ min(?:ute)?s? read";
        private static final String NUMBER_SUFFIXES = "st|nd|rd|th|년|월|일|年|月|日|시|분|時|分";

        static Vocabulary ofLanguages(String... tags) {
            Set<String> months = new LinkedHashSet<>();
            Set<String> names = new LinkedHashSet<>();
            for (String tag : tags) {
                DateFormatSymbols symbols = DateFormatSymbols.getInstance(Locale.forLanguageTag(tag));
                for (String[] list : List.of(symbols.getMonths(), symbols.getShortMonths())) {
                    for (String name : list) {
                        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
                        if (n.length() >= 3) {
                            names.add(n);
                            months.add(n);
                        }
                    }
                }
                for (String[] list : List.of(symbols.getWeekdays(), symbols.getShortWeekdays())) {
                    for (String name : list) {
                        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
                        if (n.length() >= 2) {
                            names.add(n);
                        }
                    }
                }
            }
            names.add("sept");
            months.add("sept");
            StringBuilder alternatives = new StringBuilder();
            names.stream().sorted((a, b) -> b.length() - a.length()).forEach(n -> alternatives.append(Pattern.quote(n)).append('|'));
            Pattern part = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + LABELS + ")\\.?(?![\\p{L}])"
                    + "|\\d+(?:" + NUMBER_SUFFIXES + ")?"
                    + "|[\\s,./:;|·•()\\[\\]'’–—-]+");
            // names and labels are bounded by non-letters, a number's suffix follows a digit
            Set<String> words = new HashSet<>();
            for (String name : names) {
                words.addAll(List.of(name.split("\\P{L}+")));
            }
            words.addAll(List.of(LABELS.split("\\P{L}+")));
            words.addAll(List.of(NUMBER_SUFFIXES.split("\\|")));
            words.addAll(List.of("min", "mins", "minute", "minutes", "read"));
            words.remove("");
            Pattern monthName = Pattern.compile("(?<!\\p{L})(?:" + String.join("|", months.stream().map(Pattern::quote).toList()) + ")(?!\\p{L})");
            return new Vocabulary(part, Set.copyOf(words), monthName);
        }

        /** Whether the lower-cased text is nothing but parts; every word of it must then be one of {@link #words}. */
        boolean onlyParts(String lower) {
            return NoiseLine.onlyWordsFrom(lower, words) && onlyPartsByPattern(lower);
        }

        /** {@link #onlyParts} without its pre-check, to test that the two agree. */
        boolean onlyPartsByPattern(String lower) {
            return part.matcher(lower).replaceAll(" ").isBlank();
        }
    }

    /**
     * What {@link #isDateLine} asks first: every match of {@link #DATE_EVIDENCE} holds an ASCII
     * digit, and the line's first word is a date word, or the {@code by} of a byline that follows a
     * date part without words. (The first word of the lower-cased line is the first word of the
     * lower-cased date part, which must be a date word, since the date part is the line or the line
     * up to the white space before {@code by}; if the date part has no word, the first word is that
     * {@code by}.) Most sentences with a figure in them open with a word no date line opens with, and
     * are told apart without a pattern.
     */
    static boolean mayBeDateLine(NoiseLine line) {
        return line.digit() && mayOpenDateLine(NoiseLine.firstRunOfLetters(line.lower()));
    }

    /** Whether a line whose first word (lower-cased) is this may be a date line; "" for a line without a letter. */
    static boolean mayOpenDateLine(String firstWord) {
        return firstWord.isEmpty() || firstWord.equals("by") || VOCABULARY.words().contains(firstWord);
    }

    static boolean isDateLine(NoiseLine line) {
        String s = line.text();
        if (!DATE_EVIDENCE.matcher(s).find()) {
            return false;
        }
        String datePart = s;
        Matcher by = BY_WORD.matcher(s);
        if (by.find()) {
            if (!Bylines.isByline(s.substring(by.start()).strip())) {
                return false;
            }
            datePart = s.substring(0, by.start());
        }
        return VOCABULARY.onlyParts(datePart.toLowerCase(Locale.ROOT)) && hasDateShape(datePart);
    }

    static Vocabulary vocabulary() {
        return VOCABULARY;
    }

    /** A time, a numeric date, or a day number or year with a month name. */
    private static boolean hasDateShape(String s) {
        if (NUMERIC_DATE_OR_TIME.matcher(s).find()) {
            return true;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        return VOCABULARY.monthName().matcher(lower).find() && lower.chars().anyMatch(Character::isDigit);
    }
}
