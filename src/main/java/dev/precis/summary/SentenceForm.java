package dev.precis.summary;

/** Recognizes the sentences a caller may ask to leave out: quotations and questions. */
final class SentenceForm {

    private SentenceForm() {
    }

    /**
     * A quotation opens with a quote mark, or has at least half of its letters inside double
     * quotes: the summary should say what happened, and a quote reports what someone said.
     */
    static boolean isQuotation(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return false;
        }
        char first = s.charAt(0);
        if (first == '"' || first == '“' || first == '‘' || first == '«' || first == '„') {
            return true;
        }
        int letters = 0;
        int quoted = 0;
        boolean inside = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                inside = !inside;
            } else if (c == '“' || c == '«' || c == '„') {
                inside = true;
            } else if (c == '”' || c == '»') {
                inside = false;
            } else if (Character.isLetter(c)) {
                letters++;
                if (inside) {
                    quoted++;
                }
            }
        }
        return letters > 0 && quoted * 2 >= letters;
    }

    /** A question ends with a question mark, possibly inside closing quotes or brackets. */
    static boolean isQuestion(String text) {
        int i = text.length() - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'”’»)]".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && (text.charAt(i) == '?' || text.charAt(i) == '？');
    }
}
