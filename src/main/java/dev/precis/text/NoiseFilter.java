package dev.precis.text;

import java.text.DateFormatSymbols;
import java.util.ArrayList;
import java.util.EnumMap;
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
    private static final List<String> MONTHS = new ArrayList<>();
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

    /** The kind of noise a whole line or sentence is, or {@code null} for story text. */
    static NoiseKind classify(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (CREDIT_ONLY.matcher(s).matches()) {
            return NoiseKind.AGENCY_CREDITS;
        }
        if (isShareWidgets(s)) {
            return NoiseKind.SHARE_WIDGETS;
        }
        if (ADVERTISEMENT.matcher(s).find()) {
            return NoiseKind.ADVERTISEMENTS;
        }
        if (RELATED_LINK.matcher(s).find()) {
            return NoiseKind.RELATED_LINKS;
        }
        if (wordCount(s) <= 40 && COPYRIGHT.matcher(s).find()) {
            return NoiseKind.COPYRIGHT;
        }
        if (wordCount(s) <= 40 && NEWSLETTER.matcher(s).find()) {
            return NoiseKind.NEWSLETTER_PROMPTS;
        }
        if (isCaption(s)) {
            return NoiseKind.CAPTIONS;
        }
        NoiseKind dated = dateline(s);
        if (dated != null) {
            return dated;
        }
        if (isByline(s)) {
            return NoiseKind.BYLINES;
        }
        return null;
    }

    /** Takes a dateline off the start and a credit off the end of a kept sentence; {@code null} if nothing is left. */
    private static Sentence trim(String text, Sentence sentence, boolean lead, Map<NoiseKind, Integer> removed) {
        int start = sentence.start();
        int end = sentence.end();
        String s = sentence.text();
        Matcher credit = TRAILING_CREDIT.matcher(s);
        if (credit.find() && SentenceSplitter.hasWordCharacter(s, 0, credit.start())) {
            end = start + credit.start();
            removed.merge(NoiseKind.AGENCY_CREDITS, 1, Integer::sum);
        }
        if (startsLine(text, start)) {
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
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Whether only spaces stand between the start of the line and this offset. */
    private static boolean startsLine(String text, int offset) {
        int i = offset - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    private static boolean isShareWidgets(String s) {
        String[] tokens = s.toLowerCase(Locale.ROOT).split("[\\s|·•/,:;()\\[\\]]+");
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
    private static boolean isCaption(String s) {
        if (wordCount(s) > 80) {
            return false;
        }
        boolean credit = PHOTO_CREDIT_END.matcher(s).find();
        if (POSITION_MARKER.matcher(s).find()) {
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
    private static NoiseKind dateline(String s) {
        if (wordCount(s) > 25 || !DATE_EVIDENCE.matcher(s).find()) {
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
        String rest = DATE_PART.matcher(datePart.toLowerCase(Locale.ROOT)).replaceAll(" ");
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
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + labels + ")\\.?(?![\\p{L}])"
                + "|\\d+(?:st|nd|rd|th|년|월|일|年|月|日|시|분|時|分)?"
                + "|[\\s,./:;|·•()\\[\\]'’–—-]+");
    }
}
