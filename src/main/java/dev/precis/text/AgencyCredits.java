package dev.precis.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The news agencies' marks on a story: a credit alone on its line ("(Yonhap)", "— AFP"), a credit
 * closing a paragraph, and a dateline opening it ("SEOUL, May 3 (Yonhap) -- "). Each pattern sits
 * next to the cheap test that every text it matches passes.
 */
final class AgencyCredits {

    /** News agencies and outlets whose names appear in datelines and credits. */
    private static final String AGENCY = "(?:AP|AFP|Reuters|Yonhap(?: News)?|dpa|DPA|EFE|ANSA|Xinhua|Kyodo(?: News)?|PA|UPI|CNN|BBC|Bloomberg"
            + "|TASS|Interfax|RIA Novosti|Anadolu|KCNA|Bernama|Antara|IANS|PTI|ANI|AAP|APA|SDA|KNA|epd|Belga|ANP|NTB|TT|Ritzau|CTK|PAP"
            + "|MTI|Agerpres|BTA|Lusa|Europa Press|Notimex|EPA|Getty Images|NHK|CNA|Newsis|News1|Jiji|Jiji Press|AP Photo|AFP Photo"
            + "|Yonhap Photo|Reuters Photo)";
    /** One agency or several joined by slashes ("AFP/Getty Images"). */
    static final String AGENCIES = AGENCY + "(?:\\s*/\\s*" + AGENCY + ")*";
    static final String DASH = "(?:--|—|–|-)";

    /** A whole line or sentence that is only a credit: "(Yonhap)", "— AFP", "(END)". */
    private static final Pattern CREDIT_ONLY = Pattern.compile(
            "^(?:[(\\[]\\s*" + AGENCIES + "\\s*[)\\]]|" + DASH + "?\\s*" + AGENCIES + "|\\(END\\)|\\(끝\\))\\s*\\.?$");
    /** Every word a line that is only a credit can hold, as written ({@link #CREDIT_ONLY} minds case). */
    private static final Set<String> CREDIT_WORDS = wordsOf(AGENCY, "END", "끝");

    /** A credit closing a sentence after its final punctuation: "... on Friday. (Yonhap)", "... said. — AFP". */
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "(?<=[.!?\"”’)…])\\s*(?:[(\\[]\\s*" + AGENCIES + "\\s*[)\\]]|" + DASH + "\\s*" + AGENCIES + "|\\(END\\))\\s*$");
    /** Characters that open a credit: one of them is in every match of {@link #TRAILING_CREDIT}. */
    private static final String CREDIT_OPENERS = "([-—–";

    /**
     * A dateline opening a paragraph: a place (and date) with the agency in brackets and a dash
     * ("SEOUL, May 3 (Yonhap) -- ", "Berlin (dpa) - "), or the agency alone ("(CNN) -- ", "(CNN)The").
     */
    private static final Pattern LEADING_DATELINE = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}.'’-]*(?:[ ,]+\\p{Lu}[\\p{L}.'’-]*){0,4},?(?:\\s+\\p{L}{3,9}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?)?\\s+"
                    + "\\(\\s*" + AGENCIES + "\\s*\\)\\s*" + DASH + "\\s*"
                    + "|\\(\\s*" + AGENCIES + "\\s*\\)\\s*(?:" + DASH + "\\s*)?)");
    /** The lead's dateline in the style without an agency: a place in capitals and a dash ("WASHINGTON — "). */
    private static final Pattern LEAD_PLACE_DATELINE = Pattern.compile("^\\p{Lu}{3,}(?:[ ,]+\\p{Lu}[\\p{L}.]*){0,3}\\s+(?:--|—|–)\\s+");

    private AgencyCredits() {
    }

    /** Whether the whole line is a credit. */
    static boolean isCreditOnly(NoiseLine line) {
        return CREDIT_ONLY.matcher(line.text()).matches();
    }

    /** What {@link #isCreditOnly} asks first: only agencies' words, whose every match is bounded by non-letters. */
    static boolean mayBeCreditOnly(NoiseLine line) {
        return NoiseLine.onlyWordsFrom(line.text(), CREDIT_WORDS);
    }

    /** Where a credit closing the sentence starts, or -1 when none does. */
    static int trailingCreditStart(String s) {
        if (!mayEndInCredit(s)) {
            return -1;
        }
        Matcher credit = TRAILING_CREDIT.matcher(s);
        return credit.find() ? credit.start() : -1;
    }

    /** {@link #trailingCreditStart} without its pre-check, to test that the two agree. */
    static boolean findsTrailingCredit(String s) {
        return TRAILING_CREDIT.matcher(s).find();
    }

    /**
     * Whether the sentence may end in an agency credit: every match of {@link #TRAILING_CREDIT}
     * opens with a bracket or a dash and closes the sentence (but for white space) with a bracket
     * or the last letter of an agency's name.
     */
    static boolean mayEndInCredit(String s) {
        int k = s.length() - 1;
        while (k >= 0 && RegexClasses.isSpace(s.charAt(k))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        char last = s.charAt(k);
        return (last == ')' || last == ']' || Character.isLetter(last)) && NoiseLine.holdsAny(s, CREDIT_OPENERS);
    }

    /** Whether a sentence may open with a dateline: one with an agency names it in parentheses; the lead's may do without. */
    static boolean mayOpenWithDateline(String s, boolean lead) {
        return lead || s.indexOf('(') >= 0;
    }

    /**
     * Where the dateline that opens the text ends, or -1 when none does. Only the lead may have a
     * dateline without an agency.
     */
    static int datelineEnd(String opening, boolean lead) {
        Matcher dateline = LEADING_DATELINE.matcher(opening);
        if (dateline.lookingAt()) {
            return dateline.end();
        }
        if (lead) {
            dateline = LEAD_PLACE_DATELINE.matcher(opening);
            if (dateline.lookingAt()) {
                return dateline.end();
            }
        }
        return -1;
    }

    /** The words of a pattern's alternatives (runs of letters), and some more. */
    private static Set<String> wordsOf(String alternatives, String... more) {
        Set<String> words = new HashSet<>(List.of(alternatives.split("\\P{L}+")));
        words.addAll(List.of(more));
        words.remove("");
        return Set.copyOf(words);
    }
}
