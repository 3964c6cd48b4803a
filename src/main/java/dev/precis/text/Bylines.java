package dev.precis.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Author lines: "By" and then only names, initials, an affiliation and separators; any
 * lower-case word other than a connector ("and", "in", "van") makes it a sentence ("By Tuesday,
 * the river had risen"). Credits of the desk ("Reporting by ...; Editing by ...") count too.
 */
final class Bylines {

    private static final Pattern REPORTING_BY = Pattern.compile("(?i)^(?:additional )?(?:reporting|writing|editing) by\\b[^.!?]{0,200}$");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:(?i:by|written by|words by|story by|text by)|Von|Par|Por|Di|Door|От)\\s+(.{1,150})$");
    /** The lower-cased first words that {@link #REPORTING_BY} and {@link #BYLINE} can open with. */
    private static final Set<String> OPENINGS = Set.of("additional", "reporting", "writing", "editing", "by", "written", "words",
            "story", "text", "von", "par", "por", "di", "door", "от");
    private static final Set<String> CONNECTORS = Set.of(
            "and", "&", "with", "in", "of", "for", "the", "at", "de", "da", "do", "van", "von", "der", "den", "al", "bin", "la", "le", "du",
            "y", "e", "und", "et");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,|/·•;]+");
    private static final Pattern OUTER_PUNCTUATION = Pattern.compile("^[\\p{P}&&[^&]]+|[\\p{P}&&[^&.]]+$");
    private static final Pattern ONLY_DASH = Pattern.compile(AgencyCredits.DASH);
    private static final Pattern ENDS_IN_EXCLAMATION_OR_QUESTION = Pattern.compile("(?s).*[!?]$");

    private Bylines() {
    }

    /** What {@link #isByline(NoiseLine)} asks first: the line opens with a word a byline opens with. */
    static boolean mayBeByline(NoiseLine line) {
        return OPENINGS.contains(line.opening());
    }

    static boolean isByline(NoiseLine line) {
        return isByline(line.text());
    }

    static boolean isByline(String s) {
        if (REPORTING_BY.matcher(s).matches()) {
            return true;
        }
        Matcher m = BYLINE.matcher(s);
        if (!m.matches()) {
            return false;
        }
        String[] tokens = SEPARATORS.split(m.group(1));
        if (tokens.length == 0 || tokens.length > 12) {
            return false;
        }
        int names = 0;
        for (String token : tokens) {
            String t = OUTER_PUNCTUATION.matcher(token).replaceAll("");
            if (t.isEmpty() || ONLY_DASH.matcher(t).matches()) {
                continue;
            }
            if (CONNECTORS.contains(t.toLowerCase(Locale.ROOT)) && !Character.isUpperCase(t.charAt(0))) {
                continue;
            }
            if (!Character.isUpperCase(t.codePointAt(0)) && !Character.isDigit(t.charAt(0))) {
                return false;
            }
            names++;
        }
        return names > 0 && !ENDS_IN_EXCLAMATION_OR_QUESTION.matcher(s.strip()).matches();
    }
}
