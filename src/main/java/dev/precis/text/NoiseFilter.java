package dev.precis.text;

import java.text.DateFormatSymbols;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the page furniture out of scraped article text (see {@link NoiseKind}) without touching
 * the story. Two passes, because scraped text comes in two shapes:
 * <ol>
 * <li>Lines: text copied from a page keeps widget labels, datelines, bylines and captions on
 * lines of their own. Such a line is cut out before sentences are split, so it can never run
 * into the sentence below it. Only short lines are judged; a paragraph is never removed whole.</li>
 * <li>Sentences: text whose line breaks were lost carries the same furniture inside its
 * paragraphs ("Scroll down for video", "Read more: ..."). Each sentence is judged by the same
 * rules; a kept sentence loses a dateline that opens it and an agency credit that closes it.</li>
 * </ol>
 * Every rule is anchored to the whole line or sentence, or to its very start or end, so a
 * sentence that merely quotes a person, names an agency ("told AFP") or is short stays.
 */
public final class NoiseFilter {

    /** Longest line judged in the first pass; longer lines are paragraphs and judged sentence by sentence. */
    static final int MAX_NOISE_LINE = 400;

    /** News agencies and outlets whose names appear in datelines and credits. */
    private static final String AGENCY = "(?:AP|AFP|Reuters|Yonhap(?: News)?|dpa|DPA|EFE|ANSA|Xinhua|Kyodo(?: News)?|PA|UPI|CNN|BBC|Bloomberg"
            + "|TASS|Interfax|RIA Novosti|Anadolu|KCNA|Bernama|Antara|IANS|PTI|ANI|AAP|APA|SDA|KNA|epd|Belga|ANP|NTB|TT|Ritzau|CTK|PAP"
            + "|MTI|Agerpres|BTA|Lusa|Europa Press|Notimex|EPA|Getty Images|NHK|CNA|Newsis|News1|Jiji|Jiji Press|AP Photo|AFP Photo"
            + "|Yonhap Photo|Reuters Photo)";
    private static final String AGENCIES = AGENCY + "(?:\\s*/\\s*" + AGENCY + ")*";
    private static final String DASH = "(?:--|—|–|-)";
    /** Characters that open a credit: one of them is in every match of {@link #TRAILING_CREDIT}. */
    private static final String CREDIT_OPENERS = "([-—–";

    /** A whole line or sentence that is only a credit: "(Yonhap)", "— AFP", "(END)". */
    private static final Pattern CREDIT_ONLY = Pattern.compile(
            "^(?:[(\\[]\\s*" + AGENCIES + "\\s*[)\\]]|" + DASH + "?\\s*" + AGENCIES + "|\\(END\\)|\\(끝\\))\\s*\\.?$");
    /** A credit closing a sentence after its final punctuation: "... on Friday. (Yonhap)", "... said. — AFP". */
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "(?<=[.!?\"”’)…])\\s*(?:[(\\[]\\s*" + AGENCIES + "\\s*[)\\]]|" + DASH + "\\s*" + AGENCIES + "|\\(END\\))\\s*$");
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

    /** "(L)", "(R)", "(C)", "(L-R)", "(left)", "(second right)", "(from left)", "(top)". */
    private static final Pattern POSITION_MARKER = Pattern.compile(
            "\\((?:[LRC](?:\\s*-\\s*[LRC])?|(?i:(?:far |second |2nd |third |3rd |front |back |bottom |top )?(?:left|right|centre|center)"
                    + "|(?:from|clockwise from) (?:left|right|top left)|top|bottom|above|below|inset))\\)");
    /** A photo credit closing a caption: "(Yonhap)", "(AP Photo/Jane Doe)", "(Photo: Example)", "/ Getty Images". */
    private static final Pattern PHOTO_CREDIT_END = Pattern.compile(
            "(?:[(\\[]\\s*" + AGENCIES + "(?:\\s*(?:photo|photos|pool|file)?\\s*(?:/[^)\\]]{1,60})?)\\s*[)\\]]"
                    + "|\\((?i:photo|photograph|image|picture|file photo|courtesy)\\b(?:\\s*(?:by|:|of|/))?[^)]{0,80}\\)"
                    + "|\\b(?:Photo|PHOTO|Photograph|Image|IMAGE|Picture|Credit|Foto|FOTO)s?\\s*:\\s*[^.!?\\s]+(?:\\s+[^.!?\\s]+){0,5}"
                    + "|/\\s*(?:Getty Images|AFP|Reuters|AP|EPA|Shutterstock|Alamy|PA Wire))\\s*\\.?$");
    /** A caption label before a colon: "In the lead: ...", "Lawyers: ...". */
    private static final Pattern CAPTION_LABEL = Pattern.compile("^\\p{Lu}[\\p{L}'’-]*(?: [\\p{L}'’-]+){0,3}\\s*:\\s+\\S");

    private static final Set<String> WIDGET_WORDS = Set.of(
            "share", "shares", "shared", "sharing", "send", "print", "tweet", "email", "e-mail", "mail", "facebook", "twitter", "x",
            "whatsapp", "linkedin", "pinterest", "reddit", "telegram", "kakaotalk", "kakao", "line", "messenger", "flipboard", "copy", "link",
            "url", "save", "bookmark", "comments", "comment", "to", "this", "on", "via", "article", "story", "page", "a", "friend", "font",
            "size", "text", "listen", "gift", "more", "options", "teilen", "drucken", "partager", "imprimer", "compartir", "imprimir",
            "condividi", "stampa", "compartilhar", "partilhar", "delen", "printen", "поделиться", "печать", "공유", "인쇄", "스크랩",
            "分享", "打印", "共有", "印刷");
    private static final Set<String> WIDGET_CORE = Set.of(
            "share", "send", "print", "tweet", "email", "e-mail", "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "reddit",
            "telegram", "kakaotalk", "flipboard", "teilen", "drucken", "partager", "imprimer", "compartir", "imprimir", "condividi",
            "stampa", "compartilhar", "partilhar", "delen", "поделиться", "공유", "인쇄", "分享", "共有");

    private static final Pattern COPYRIGHT = Pattern.compile(
            "^(?:©|\\(c\\)\\s*\\d{4}|(?i:copyright)\\s*(?:©|\\(c\\))?\\s*(?:\\d{4}|©))"
                    + "|(?i:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados"
                    + "|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|все права защищены"
                    + "|may not be (?:re)?published, broadcast, rewritten or redistributed)|무단 ?전재|版权所有|無断転載");
    private static final Pattern RELATED_LINK = Pattern.compile("(?i)^(?:"
            + "(?:read more|related(?: articles| stories| coverage| content| topics| news| links)?|see also|also read|read also"
            + "|more on this(?: story)?|more from [\\p{L} ]{1,40}|watch|video|listen|recommended(?: for you| stories)?|top stories|most read"
            + "|trending(?: now)?|latest news|lesen sie auch|lesen sie mehr|mehr zum thema|à lire aussi|lire aussi|voir aussi|lee también"
            + "|leer más|te puede interesar|leggi anche|leia também|leia mais|lees ook|читайте также|관련 ?기사|相关新闻|関連記事)"
            + "\\s*[:：>»|]"
            + "|(?:click|tap) here\\b|(?:scroll|swipe) (?:down|up|left|right) (?:for|to)\\b|read more\\b.*\\bhere\\W*$"
            + "|(?:read more|related articles|related stories|more stories|continue reading|show more|load more)\\W*$)");
    private static final Pattern ADVERTISEMENT = Pattern.compile(
            "(?i)^(?:advertisement|sponsored(?: content)?|skip advertisement|(?:story|article) continues below(?: advertisement)?"
                    + "|continue reading (?:the main story|below)|anzeige|publicité|publicidad|pubblicità|реклама|광고)\\W*$");
    private static final Pattern NEWSLETTER = Pattern.compile("(?i)"
            + "^(?:sign up|subscribe)\\b(?:\\W+\\w+){0,15}\\W*$"
            + "|\\b(?:sign up|subscribe)\\b.{0,80}\\b(?:newsletters?|inbox|our (?:daily |weekly |free )?(?:updates|alerts|briefing|e-?mails?))\\b"
            + "|\\b(?:get|receive) (?:the|our) .{0,60}(?:newsletter|(?:delivered )?(?:to|in) your inbox)"
            + "|^(?:follow|like|find) (?:us|@?[\\p{L}\\p{N}_.]+(?: [\\p{L}\\p{N}_.]+){0,3}) (?:on|at) (?:twitter|facebook|instagram|x\\b|linkedin"
            + "|tiktok|youtube|threads|bluesky|www\\.|https?://)"
            + "|^(?:download|get) (?:the|our) .{0,40}\\bapp\\b|\\benter your e-?mail\\b"
            + "|newsletter abonnieren|abonnez-vous|suscríbete|iscriviti alla newsletter|assine a newsletter|뉴스레터");
    private static final Pattern REPORTING_BY = Pattern.compile("(?i)^(?:additional )?(?:reporting|writing|editing) by\\b[^.!?]{0,200}$");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:(?i:by|written by|words by|story by|text by)|Von|Par|Por|Di|Door|От)\\s+(.{1,150})$");
    private static final Set<String> BYLINE_CONNECTORS = Set.of(
            "and", "&", "with", "in", "of", "for", "the", "at", "de", "da", "do", "van", "von", "der", "den", "al", "bin", "la", "le", "du",
            "y", "e", "und", "et");
    /**
     * The lower-cased first words the patterns anchored at the start can begin with: a line whose
     * first word is none of them cannot match, and most lines are told apart by that one word.
     */
    private static final Set<String> RELATED_LINK_OPENINGS = Set.of("read", "related", "see", "also", "more", "watch", "video", "listen",
            "recommended", "top", "most", "trending", "latest", "lesen", "mehr", "à", "lire", "voir", "lee", "leer", "te", "leggi", "leia",
            "lees", "читайте", "관련", "관련기사", "相关新闻", "関連記事", "click", "tap", "scroll", "swipe", "continue", "show", "load");
    private static final Set<String> ADVERTISEMENT_OPENINGS = Set.of("advertisement", "sponsored", "skip", "story", "article", "continue",
            "anzeige", "publicité", "publicidad", "pubblicità", "реклама", "광고");
    private static final Set<String> BYLINE_OPENINGS = Set.of("additional", "reporting", "writing", "editing", "by", "written", "words",
            "story", "text", "von", "par", "por", "di", "door", "от");
    /** The runs of letters in the widget words ("e-mail": "e" and "mail"). */
    private static final Set<String> WIDGET_WORD_PARTS = WIDGET_WORDS.stream()
            .flatMap(w -> java.util.Arrays.stream(w.split("\\P{L}+")))
            .filter(w -> !w.isEmpty())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Every word a line that is only a credit can hold (as written: {@link #CREDIT_ONLY} minds case). */
    private static final Set<String> CREDIT_WORDS = creditWords();
    private static final List<String> MONTHS = new ArrayList<>();
    /** Every word {@link #DATE_PART} can take out, filled while it is built. */
    private static final Set<String> DATE_WORDS = new HashSet<>();
    private static final Pattern DATE_PART = datePart();
    /** Any month name of {@link #MONTHS}, filled while {@link #DATE_PART} is built. */
    private static final Pattern MONTH_NAME = Pattern.compile("(?<!\\p{L})(?:"
            + String.join("|", MONTHS.stream().map(Pattern::quote).toList()) + ")(?!\\p{L})");
    private static final Pattern BY_WORD = Pattern.compile("\\s(?i:by)\\s");
    private static final Pattern NUMERIC_DATE_OR_TIME = Pattern.compile("\\d{1,2}:\\d{2}|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|\\d{4}\\s*년|\\d{4}年");
    private static final Pattern DATE_EVIDENCE = Pattern.compile("\\d{1,2}:\\d{2}|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\b");

    private NoiseFilter() {
    }

    /** The spans of text left once noise lines are cut out, and what they held. */
    public record Lines(String text, List<int[]> kept, Map<NoiseKind, Integer> removed) {

        /** The kept text, up to {@code max} characters, to detect the language on. */
        public String sample(int max) {
            StringBuilder sample = new StringBuilder(Math.min(max, text.length()));
            for (int[] span : kept) {
                if (sample.length() >= max) {
                    break;
                }
                sample.append(text, span[0], Math.min(span[1], span[0] + max - sample.length())).append('\n');
            }
            return sample.toString();
        }
    }

    /** First pass: cuts noise lines out of the text. */
    public static Lines lines(String text) {
        return lines(text, null);
    }

    /** First pass: cuts noise lines out of the text, and lines that repeat the article's title. */
    public static Lines lines(String text, String title) {
        String headline = title == null || title.isBlank() ? null : comparable(title);
        Map<NoiseKind, Integer> removed = new EnumMap<>(NoiseKind.class);
        List<int[]> kept = new ArrayList<>();
        int regionStart = -1;
        int lineStart = 0;
        int length = text.length();
        while (lineStart <= length) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? length : newline;
            NoiseKind kind = null;
            if (lineEnd - lineStart <= MAX_NOISE_LINE) {
                String line = text.substring(lineStart, lineEnd).strip();
                kind = headline != null && !line.isEmpty() && comparable(line).equals(headline) ? NoiseKind.HEADLINES : classify(line);
            }
            if (kind != null) {
                removed.merge(kind, 1, Integer::sum);
                if (regionStart >= 0) {
                    kept.add(new int[] {regionStart, lineStart});
                    regionStart = -1;
                }
            } else if (regionStart < 0) {
                regionStart = lineStart;
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        if (regionStart >= 0 && regionStart < length) {
            kept.add(new int[] {regionStart, length});
        }
        return new Lines(text, kept, removed);
    }

    /**
     * Second pass: the sentences of the kept text, with noise sentences left out, openings and
     * closings trimmed, and the sentences numbered from 0.
     */
    public static CleanText sentences(Lines lines, TextAnalyzer analyzer) {
        String text = lines.text();
        Map<NoiseKind, Integer> removed = new EnumMap<>(NoiseKind.class);
        removed.putAll(lines.removed());
        List<Sentence> sentences = new ArrayList<>();
        List<Sentence> asWritten = new ArrayList<>();
        for (int[] span : lines.kept()) {
            for (Sentence sentence : analyzer.sentences(text, span[0], span[1])) {
                NoiseKind kind = classify(sentence.text());
                if (kind != null) {
                    removed.merge(kind, 1, Integer::sum);
                    continue;
                }
                Sentence trimmed = trim(text, sentence, sentences.isEmpty(), removed);
                if (trimmed != null) {
                    asWritten.add(new Sentence(sentences.size(), sentence.start(), sentence.end(), sentence.text()));
                    sentences.add(new Sentence(sentences.size(), trimmed.start(), trimmed.end(), trimmed.text()));
                }
            }
        }
        return new CleanText(sentences, asWritten, removed);
    }

    /** Both passes over a text. */
    public static CleanText clean(String text, TextAnalyzer analyzer) {
        return sentences(lines(text), analyzer);
    }

    /** Both passes over a text, with the article's title, whose repetition in the text is taken out. */
    public static CleanText clean(String title, String text, TextAnalyzer analyzer) {
        return sentences(lines(text, title), analyzer);
    }

    /**
     * Words that a copyright line or a newsletter prompt cannot do without, in lower case. The
     * patterns run on every sentence of every article, and most sentences hold none of these
     * words: looking for them first (in a lower-cased copy, which finds whatever the patterns'
     * ASCII-only case-insensitive matching finds, and more) leaves the answer as it is and saves
     * the patterns' scan of the whole sentence.
     */
    private static final List<String> COPYRIGHT_WORDS = List.of("all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
            "todos los derechos reservados", "tutti i diritti riservati", "todos os direitos reservados", "alle rechten voorbehouden",
            "все права защищены", "may not be ", "무단", "版权所有", "無断転載");
    private static final List<String> COPYRIGHT_OPENINGS = List.of("©", "(c)", "copyright");
    private static final List<String> NEWSLETTER_WORDS = List.of("sign up", "subscribe", "newsletter", "your inbox", "enter your e",
            "abonnez-vous", "suscríbete", "뉴스레터");
    private static final List<String> NEWSLETTER_OPENINGS = List.of("follow ", "like ", "find ", "download ", "get ");

    /**
     * What the rules ask of a line before any pattern runs, found in one pass over it: most lines
     * and sentences are story text, and these tell most of them apart without a pattern.
     *
     * @param words        words as {@link #wordCount(String)} counts them
     * @param widgetPieces pieces that {@link #isShareWidgets} splits the line into (empty ones not counted)
     * @param digit        an ASCII digit, which every date or time the rules know holds
     * @param paren        an opening parenthesis, which every position marker holds
     * @param bracket      an opening square bracket
     * @param colon        a colon
     * @param slash        a slash
     */
    private record Shape(int words, int widgetPieces, boolean digit, boolean paren, boolean bracket, boolean colon, boolean slash) {

        /** What each ASCII character is to {@link #of}: one bit per question, so a line costs one look-up per character. */
        private static final byte[] ASCII = new byte[128];
        private static final int WORD = 1;
        private static final int SEPARATOR = 2;
        private static final int DIGIT = 4;
        private static final int PAREN = 8;
        private static final int BRACKET = 16;
        private static final int COLON = 32;
        private static final int SLASH = 64;

        static {
            for (char c = 0; c < 128; c++) {
                ASCII[c] = (byte) (bits(c) | (c >= '0' && c <= '9' ? DIGIT
                        : c == '(' ? PAREN : c == '[' ? BRACKET : c == ':' ? COLON : c == '/' ? SLASH : 0));
            }
        }

        /** Whether the character belongs to a word and whether it separates widget pieces. */
        private static int bits(char c) {
            return (Character.isLetterOrDigit(c) ? WORD : 0) | (isWidgetSeparator(c) ? SEPARATOR : 0);
        }

        static Shape of(String s) {
            int words = 0;
            int pieces = 0;
            boolean inWord = false;
            boolean inPiece = false;
            int seen = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                int bits = c < 128 ? ASCII[c] : bits(c);
                boolean letter = (bits & WORD) != 0;
                if (letter && !inWord) {
                    words++;
                }
                inWord = letter;
                boolean separator = (bits & SEPARATOR) != 0;
                if (!separator && !inPiece) {
                    pieces++;
                }
                inPiece = !separator;
                seen |= bits;
            }
            return new Shape(words, pieces, (seen & DIGIT) != 0, (seen & PAREN) != 0, (seen & BRACKET) != 0, (seen & COLON) != 0,
                    (seen & SLASH) != 0);
        }

        /**
         * Whether the line may end in a photo credit: every match of {@link #PHOTO_CREDIT_END}
         * closes the line (but for white space and a full stop) with a bracket it opened, with a
         * word after "Photo:" and the like, or with an agency's name after a slash.
         */
        boolean mayEndInPhotoCredit(String s) {
            int k = s.length() - 1;
            if (k >= 0 && s.charAt(k) == '.') {
                k--;
            }
            while (k >= 0 && isRegexSpace(s.charAt(k))) {
                k--;
            }
            if (k < 0) {
                return false;
            }
            char last = s.charAt(k);
            return (last == ')' || last == ']') && (paren || bracket)
                    || colon && last != '.' && last != '!' && last != '?' && holdsAnyOf(s, PHOTO_LABELS)
                    || slash && Character.isLetter(last);
        }
    }

    /** The labels of which a photo credit with a colon holds one ("Photograph" holds "Photo"), as written. */
    private static final List<String> PHOTO_LABELS = List.of("Photo", "PHOTO", "Image", "IMAGE", "Picture", "Credit", "Foto", "FOTO");

    private static boolean holdsAnyOf(String s, List<String> words) {
        for (String word : words) {
            if (s.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The characters of the regular expressions' {@code \\s}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The kind of noise a whole line or sentence is, or {@code null} for story text. */
    static NoiseKind classify(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return null;
        }
        Shape shape = Shape.of(s);
        if (onlyWordsFrom(s, CREDIT_WORDS) && CREDIT_ONLY.matcher(s).matches()) {
            return NoiseKind.AGENCY_CREDITS;
        }
        if (isShareWidgets(s, shape)) {
            return NoiseKind.SHARE_WIDGETS;
        }
        String opening = firstWord(s);
        // both patterns are anchored at the start: lookingAt finds what find finds
        if (ADVERTISEMENT_OPENINGS.contains(opening) && ADVERTISEMENT.matcher(s).lookingAt()) {
            return NoiseKind.ADVERTISEMENTS;
        }
        if (RELATED_LINK_OPENINGS.contains(opening) && RELATED_LINK.matcher(s).lookingAt()) {
            return NoiseKind.RELATED_LINKS;
        }
        if (shape.words() <= 40) {
            String lower = s.toLowerCase(Locale.ROOT);
            if (mayHold(lower, COPYRIGHT_OPENINGS, COPYRIGHT_WORDS) && COPYRIGHT.matcher(s).find()) {
                return NoiseKind.COPYRIGHT;
            }
            if (mayHold(lower, NEWSLETTER_OPENINGS, NEWSLETTER_WORDS) && NEWSLETTER.matcher(s).find()) {
                return NoiseKind.NEWSLETTER_PROMPTS;
            }
        }
        if (isCaption(s, shape)) {
            return NoiseKind.CAPTIONS;
        }
        NoiseKind dated = dateline(s, shape);
        if (dated != null) {
            return dated;
        }
        if (BYLINE_OPENINGS.contains(opening) && isByline(s)) {
            return NoiseKind.BYLINES;
        }
        return null;
    }

    /** The first maximal run of letters in the text, or "" when it has no letter. */
    private static String firstRunOfLetters(String s) {
        int start = 0;
        while (start < s.length() && !Character.isLetter(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        int end = start;
        while (end < s.length() && Character.isLetter(s.codePointAt(end))) {
            end += Character.charCount(s.codePointAt(end));
        }
        return s.substring(start, end);
    }

    /** The line's first word lower-cased, if the line opens with a letter; otherwise "". */
    private static String firstWord(String s) {
        int end = 0;
        while (end < s.length()) {
            int c = s.codePointAt(end);
            if (!Character.isLetter(c)) {
                break;
            }
            end += Character.charCount(c);
        }
        return s.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether every word (maximal run of letters) of the text is one of {@code words}. Used before
     * patterns whose every match bounds its words by non-letters and takes them from a list.
     */
    private static boolean onlyWordsFrom(String text, Set<String> words) {
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(c = text.codePointAt(i))) {
                i += Character.charCount(c);
            }
            if (!words.contains(text.substring(start, i))) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> creditWords() {
        Set<String> words = new HashSet<>(List.of(AGENCY.split("\\P{L}+")));
        words.addAll(List.of("END", "끝"));
        words.remove("");
        return Set.copyOf(words);
    }

    /** Whether the lower-cased text opens with one of {@code openings} or holds one of {@code words}. */
    private static boolean mayHold(String lower, List<String> openings, List<String> words) {
        for (String opening : openings) {
            if (lower.startsWith(opening)) {
                return true;
            }
        }
        for (String word : words) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence may end in an agency credit: every match of {@link #TRAILING_CREDIT}
     * opens with a bracket or a dash and closes the sentence (but for white space) with a bracket
     * or the last letter of an agency's name.
     */
    private static boolean mayEndInCredit(String s) {
        int k = s.length() - 1;
        while (k >= 0 && isRegexSpace(s.charAt(k))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        char last = s.charAt(k);
        return (last == ')' || last == ']' || Character.isLetter(last)) && holdsAny(s, CREDIT_OPENERS);
    }

    /** Whether the text holds one of the characters. */
    private static boolean holdsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Takes a dateline off the start and a credit off the end of a kept sentence; {@code null} if nothing is left. */
    private static Sentence trim(String text, Sentence sentence, boolean lead, Map<NoiseKind, Integer> removed) {
        int start = sentence.start();
        int end = sentence.end();
        String s = sentence.text();
        Matcher credit = TRAILING_CREDIT.matcher(s);
        if (mayEndInCredit(s) && credit.find() && SentenceSplitter.hasWordCharacter(s, 0, credit.start())) {
            end = start + credit.start();
            removed.merge(NoiseKind.AGENCY_CREDITS, 1, Integer::sum);
        }
        // a dateline with an agency names it in parentheses; the lead's may do without
        if ((lead || s.indexOf('(') >= 0) && startsLine(text, start)) {
            String opening = text.substring(start, end);
            Matcher dateline = LEADING_DATELINE.matcher(opening);
            boolean found = dateline.lookingAt();
            if (!found && lead) {
                dateline = LEAD_PLACE_DATELINE.matcher(opening);
                found = dateline.lookingAt();
            }
            if (found && wordCount(opening.substring(dateline.end())) >= 3) {
                start += dateline.end();
                removed.merge(NoiseKind.DATELINES, 1, Integer::sum);
            }
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (!SentenceSplitter.hasWordCharacter(text, start, end)) {
            return null;
        }
        return start == sentence.start() && end == sentence.end() ? sentence : new Sentence(sentence.index(), start, end, text.substring(start, end));
    }

    /** A title or line reduced to its letters and digits, lower-cased, to compare the two. */
    private static String comparable(String s) {
        // what s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() gives, without the pattern
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length();) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c) || isNumber(c)) {
                out.appendCodePoint(c);
                gap = false;
            } else if (!gap) {
                out.append(' ');
                gap = true;
            }
        }
        return out.toString().strip();
    }

    /** The regular expressions' {@code \\p{N}}: decimal digits, letter numbers and other numbers. */
    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Whether only spaces stand between the start of the line and this offset. */
    private static boolean startsLine(String text, int offset) {
        int i = offset - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    private static boolean isShareWidgets(String s, Shape shape) {
        // a sentence of more than 12 words is no widget bar: tell before splitting it
        if (shape.widgetPieces() > 12) {
            return false;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        // the first word lies in a token that must be a widget word
        if (!WIDGET_WORD_PARTS.contains(firstRunOfLetters(lower))) {
            return false;
        }
        String[] tokens = lower.split("[\\s|·•/,:;()\\[\\]]+");
        if (tokens.length > 12) {
            return false;
        }
        boolean core = false;
        int words = 0;
        for (String token : tokens) {
            String t = token.replaceAll("^\\p{P}+|\\p{P}+$", "");
            if (t.isEmpty() || t.equals("-") || t.equals("—")) {
                continue;
            }
            if (!WIDGET_WORDS.contains(t)) {
                return false;
            }
            words++;
            core |= WIDGET_CORE.contains(t);
        }
        return core && words > 0;
    }

    /**
     * A caption names who stands where ("(L)", "(right)") and either closes with a photo credit or
     * opens with a caption label ("In the lead: ..."); a sentence that closes with a photo credit
     * and has no sentence ending before it is a caption too.
     */
    private static boolean isCaption(String s, Shape shape) {
        if (shape.words() > 80) {
            return false;
        }
        boolean credit = shape.mayEndInPhotoCredit(s) && PHOTO_CREDIT_END.matcher(s).find();
        if (shape.paren() && POSITION_MARKER.matcher(s).find()) {
            return credit || CAPTION_LABEL.matcher(s).find();
        }
        if (!credit) {
            return false;
        }
        // "(Yonhap)" alone closing a paragraph is an agency credit, trimmed, not a caption
        Matcher agencyOnly = TRAILING_CREDIT.matcher(s);
        if (agencyOnly.find()) {
            return false;
        }
        return !s.matches("(?s).*[.!?]\\s+\\p{Lu}.*");
    }

    /** A line that is only a date and time, maybe with labels ("Published:") and a byline after it. */
    private static NoiseKind dateline(String s, Shape shape) {
        // every match of DATE_EVIDENCE holds an ASCII digit
        if (shape.words() > 25 || !shape.digit() || !DATE_EVIDENCE.matcher(s).find()) {
            return null;
        }
        String datePart = s;
        Matcher by = BY_WORD.matcher(s);
        if (by.find()) {
            if (!isByline(s.substring(by.start()).strip())) {
                return null;
            }
            datePart = s.substring(0, by.start());
        }
        String lower = datePart.toLowerCase(Locale.ROOT);
        // every word lies whole inside one match of DATE_PART (names and labels are bounded by
        // non-letters, a number's suffix follows a digit): a line with any other word keeps letters
        if (!onlyWordsFrom(lower, DATE_WORDS)) {
            return null;
        }
        String rest = DATE_PART.matcher(lower).replaceAll(" ");
        if (!rest.isBlank() || !hasDateShape(datePart)) {
            return null;
        }
        return NoiseKind.DATELINES;
    }

    /** A time, a numeric date, or a day number or year with a month name. */
    private static boolean hasDateShape(String s) {
        if (NUMERIC_DATE_OR_TIME.matcher(s).find()) {
            return true;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        return MONTH_NAME.matcher(lower).find() && lower.chars().anyMatch(Character::isDigit);
    }

    /**
     * An author line: "By" and then only names, initials, an affiliation and separators; any
     * lower-case word other than a connector ("and", "in", "van") makes it a sentence
     * ("By Tuesday, the river had risen").
     */
    private static boolean isByline(String s) {
        if (REPORTING_BY.matcher(s).matches()) {
            return true;
        }
        Matcher m = BYLINE.matcher(s);
        if (!m.matches()) {
            return false;
        }
        String[] tokens = m.group(1).split("[\\s,|/·•;]+");
        if (tokens.length == 0 || tokens.length > 12) {
            return false;
        }
        int names = 0;
        for (String token : tokens) {
            String t = token.replaceAll("^[\\p{P}&&[^&]]+|[\\p{P}&&[^&.]]+$", "");
            if (t.isEmpty() || t.matches(DASH)) {
                continue;
            }
            if (BYLINE_CONNECTORS.contains(t.toLowerCase(Locale.ROOT)) && !Character.isUpperCase(t.charAt(0))) {
                continue;
            }
            if (!Character.isUpperCase(t.codePointAt(0)) && !Character.isDigit(t.charAt(0))) {
                return false;
            }
            names++;
        }
        return names > 0 && !s.strip().matches("(?s).*[!?]$");
    }

    /** The separators of {@link #isShareWidgets}' split: the regular expression's {@code \\s} and the others. */
    private static boolean isWidgetSeparator(char c) {
        return switch (c) {
            case ' ', '\t', '\n', '\u000B', '\f', '\r', '|', '·', '•', '/', ',', ':', ';', '(', ')', '[', ']' -> true;
            default -> false;
        };
    }

    private static int wordCount(String s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    /**
     * Everything a date line may hold besides the date itself: month and weekday names (from the
     * JDK's locale data for the main European languages), labels, time zones, separators.
     */
    private static Pattern datePart() {
        Set<String> names = new LinkedHashSet<>();
        for (String tag : List.of("en", "de", "fr", "es", "it", "pt", "nl")) {
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(Locale.forLanguageTag(tag));
            for (String[] list : List.of(symbols.getMonths(), symbols.getShortMonths())) {
                for (String name : list) {
                    String n = name.toLowerCase(Locale.ROOT).replace(".", "");
                    if (n.length() >= 3) {
                        names.add(n);
                        MONTHS.add(n);
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
        MONTHS.add("sept");
        StringBuilder alternatives = new StringBuilder();
        names.stream().sorted((a, b) -> b.length() - a.length()).forEach(n -> alternatives.append(Pattern.quote(n)).append('|'));
        String labels = "first published|last updated|last modified|published|updated|posted|modified|date|on|at|uhr|um|am|stand"
                + "|veröffentlicht|aktualisiert|publié le|publié|mis à jour le|mis à jour|le|à|publicado|actualizado|el|de|del|pubblicato"
                + "|aggiornato|il|alle|gepubliceerd|bijgewerkt|op|om|in|опубликовано|обновлено|입력|수정|发布时间|更新时间"
                + "|a\\.m\\.|p\\.m\\.|am|pm|gmt|bst|utc|est|edt|et|cet|cest|kst|jst|pst|pdt|pt|cst|cdt|ct|mt|aest|ist|\\d+ min(?:ute)?s? read";
        // the words of the names and labels, and the suffixes of numbers, for onlyDateWords
        for (String text : names) {
            DATE_WORDS.addAll(List.of(text.split("\\P{L}+")));
        }
        DATE_WORDS.addAll(List.of(labels.split("\\P{L}+")));
        DATE_WORDS.addAll(List.of("min", "mins", "minute", "minutes", "read", "st", "nd", "rd", "th", "년", "월", "일", "年", "月", "日", "시", "분",
                "時", "分"));
        DATE_WORDS.remove("");
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + labels + ")\\.?(?![\\p{L}])"
                + "|\\d+(?:st|nd|rd|th|년|월|일|年|月|日|시|분|時|分)?"
                + "|[\\s,./:;|·•()\\[\\]'’–—-]+");
    }
}
