package dev.precis.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Photo captions: a caption names who stands where ("(L)", "(right)") and either closes with a
 * photo credit or opens with a caption label ("In the lead: ..."); a sentence that closes with a
 * photo credit and has no sentence ending before it is a caption too.
 */
final class Captions {

    /** "(L)", "(R)", "(C)", "(L-R)", "(left)", "(second right)", "(from left)", "(top)". */
    private static final Pattern POSITION_MARKER = Pattern.compile(
            "\\((?:[LRC](?:\\s*-\\s*[LRC])?|(?i:(?:far |second |2nd |third |3rd |front |back |bottom |top )?(?:left|right|centre|center)"
                    + "|(?:from|clockwise from) (?:left|right|top left)|top|bottom|above|below|inset))\\)");
    /** A photo credit closing a caption: "(Yonhap)", "(AP Photo/Jane Doe)", "(Photo: Example)", "/ Getty Images". */
    private static final Pattern PHOTO_CREDIT_END = Pattern.compile(
            "(?:[(\\[]\\s*" + AgencyCredits.AGENCIES + "(?:\\s*(?:photo|photos|pool|file)?\\s*(?:/[^)\\]]{1,60})?)\\s*[)\\]]"
                    + "|\\((?i:photo|photograph|image|picture|file photo|courtesy)\\b(?:\\s*(?:by|:|of|/))?[^)]{0,80}\\)"
                    + "|\\b(?:Photo|PHOTO|Photograph|Image|IMAGE|Picture|Credit|Foto|FOTO)s?\\s*:\\s*[^.!?\\s]+(?:\\s+[^.!?\\s]+){0,5}"
                    + "|/\\s*(?:Getty Images|AFP|Reuters|AP|EPA|Shutterstock|Alamy|PA Wire))\\s*\\.?$");
    /** The labels of which a photo credit with a colon holds one ("Photograph" holds "Photo"), as written. */
    private static final List<String> PHOTO_LABELS = List.of("Photo", "PHOTO", "Image", "IMAGE", "Picture", "Credit", "Foto", "FOTO");
    /** A caption label before a colon: "In the lead: ...", "Lawyers: ...". */
    private static final Pattern CAPTION_LABEL = Pattern.compile("^\\p{Lu}[\\p{L}'’-]*(?: [\\p{L}'’-]+){0,3}\\s*:\\s+\\S");
    /** A sentence ending followed by another sentence. */
    private static final Pattern TWO_SENTENCES = Pattern.compile("(?s).*[.!?]\\s+\\p{Lu}.*");

    private Captions() {
    }

    /** Whether the line is a caption. */
    static boolean isCaption(NoiseLine line) {
        String s = line.text();
        boolean credit = endsInPhotoCredit(line);
        if (line.paren() && POSITION_MARKER.matcher(s).find()) {
            return credit || CAPTION_LABEL.matcher(s).find();
        }
        // "(Yonhap)" alone closing a paragraph is an agency credit, trimmed, not a caption
        return credit && AgencyCredits.trailingCreditStart(s) < 0 && !TWO_SENTENCES.matcher(s).matches();
    }

    /**
     * What {@link #isCaption} asks first: a caption holds a position marker, so a parenthesis, or
     * ends in a photo credit, which {@link #mayEndInPhotoCredit} lets through only with a bracket,
     * a colon or a slash.
     */
    static boolean mayBeCaption(NoiseLine line) {
        return line.paren() || line.bracket() || line.colon() || line.slash();
    }

    static boolean endsInPhotoCredit(NoiseLine line) {
        return mayEndInPhotoCredit(line) && findsPhotoCredit(line);
    }

    /** {@link #endsInPhotoCredit} without its pre-check, to test that the two agree. */
    static boolean findsPhotoCredit(NoiseLine line) {
        return PHOTO_CREDIT_END.matcher(line.text()).find();
    }

    /**
     * Whether the line may end in a photo credit: every match of {@link #PHOTO_CREDIT_END}
     * closes the line (but for white space and a full stop) with a bracket it opened, with a
     * word after "Photo:" and the like, or with an agency's name after a slash.
     */
    static boolean mayEndInPhotoCredit(NoiseLine line) {
        String s = line.text();
        int k = s.length() - 1;
        if (k >= 0 && s.charAt(k) == '.') {
            k--;
        }
        while (k >= 0 && RegexClasses.isSpace(s.charAt(k))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        char last = s.charAt(k);
        return (last == ')' || last == ']') && (line.paren() || line.bracket())
                || line.colon() && last != '.' && last != '!' && last != '?' && holdsAnyOf(s, PHOTO_LABELS)
                || line.slash() && Character.isLetter(last);
    }

    private static boolean holdsAnyOf(String s, List<String> words) {
        for (String word : words) {
            if (s.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
