package dev.precis.text;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules that tell page furniture from story text, in the order they are tried; the first
 * that matches names the kind. Every rule is anchored to the whole line or sentence, or to its
 * very start or end, so a sentence that merely quotes a person, names an agency ("told AFP") or
 * is short stays.
 * <p>
 * The rules run on every line and sentence of every article, and most are story text: each rule
 * has a cheap pre-check that every line it matches passes (a first word, a word it cannot do
 * without, a character), so most lines are told apart without running a pattern.
 * {@code NoiseRulesTest} checks over the test texts that no pre-check turns away a line its
 * rule matches.
 */
final class NoiseRules {

    /**
     * One kind of noise.
     *
     * @param kind     what a line that matches is
     * @param maxWords the longest line, in words, that the rule judges at all
     * @param preCheck a cheap test that every line {@code matches} accepts passes
     * @param matches  whether the line is this kind of noise
     */
    record Rule(NoiseKind kind, int maxWords, Predicate<NoiseLine> preCheck, Predicate<NoiseLine> matches) {

        boolean judges(NoiseLine line) {
            return line.words() <= maxWords && preCheck.test(line) && matches.test(line);
        }
    }

    private static final int ANY_LENGTH = Integer.MAX_VALUE;

    private static final Pattern ADVERTISEMENT = Pattern.compile(
            "(?i)^(?:advertisement|sponsored(?: content)?|skip advertisement|(?:story|article) continues below(?: advertisement)?"
                    + "|continue reading (?:the main story|below)|anzeige|publicité|publicidad|pubblicità|реклама|광고)\\W*$");
    /** The lower-cased first words that {@link #ADVERTISEMENT} can open with. */
    private static final Set<String> ADVERTISEMENT_OPENINGS = Set.of("advertisement", "sponsored", "skip", "story", "article", "continue",
            "anzeige", "publicité", "publicidad", "pubblicità", "реклама", "광고");

    private static final Pattern RELATED_LINK = Pattern.compile("(?i)^(?:"
            + "(?:read more|related(?: articles| stories| coverage| content| topics| news| links)?|see also|also read|read also"
            + "|more on this(?: story)?|more from [\\p{L} ]{1,40}|watch|video|listen|recommended(?: for you| stories)?|top stories|most read"
            + "|trending(?: now)?|latest news|lesen sie auch|lesen sie mehr|mehr zum thema|à lire aussi|lire aussi|voir aussi|lee también"
            + "|leer más|te puede interesar|leggi anche|leia também|leia mais|lees ook|читайте также|관련 ?기사|相关新闻|関連記事)"
            + "\\s*[:：>»|]"
            + "|(?:click|tap) here\\b|(?:scroll|swipe) (?:down|up|left|right) (?:for|to)\\b|read more\\b.*\\bhere\\W*$"
            + "|(?:read more|related articles|related stories|more stories|continue reading|show more|load more)\\W*$)");
    /** The lower-cased first words that {@link #RELATED_LINK} can open with. */
    private static final Set<String> RELATED_LINK_OPENINGS = Set.of("read", "related", "see", "also", "more", "watch", "video", "listen",
            "recommended", "top", "most", "trending", "latest", "lesen", "mehr", "à", "lire", "voir", "lee", "leer", "te", "leggi", "leia",
            "lees", "читайте", "관련", "관련기사", "相关新闻", "関連記事", "click", "tap", "scroll", "swipe", "continue", "show", "load");

    private static final Pattern COPYRIGHT = Pattern.compile(
            "^(?:©|\\(c\\)\\s*\\d{4}|(?i:copyright)\\s*(?:©|\\(c\\))?\\s*(?:\\d{4}|©))"
                    + "|(?i:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados"
                    + "|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|все права защищены"
                    + "|may not be (?:re)?published, broadcast, rewritten or redistributed)|무단 ?전재|版权所有|無断転載");
    /** What a line that {@link #COPYRIGHT} matches opens with or holds, lower-cased. */
    private static final List<String> COPYRIGHT_OPENINGS = List.of("©", "(c)", "copyright");
    private static final List<Phrase> COPYRIGHT_WORDS = Phrase.all("all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
            "todos los derechos reservados", "tutti i diritti riservati", "todos os direitos reservados", "alle rechten voorbehouden",
            "все права защищены", "may not be ", "무단", "版权所有", "無断転載");

    private static final Pattern NEWSLETTER = Pattern.compile("(?i)"
            + "^(?:sign up|subscribe)\\b(?:\\W+\\w+){0,15}\\W*$"
            + "|\\b(?:sign up|subscribe)\\b.{0,80}\\b(?:newsletters?|inbox|our (?:daily |weekly |free )?(?:updates|alerts|briefing|e-?mails?))\\b"
            + "|\\b(?:get|receive) (?:the|our) .{0,60}(?:newsletter|(?:delivered )?(?:to|in) your inbox)"
            + "|^(?:follow|like|find) (?:us|@?[\\p{L}\\p{N}_.]+(?: [\\p{L}\\p{N}_.]+){0,3}) (?:on|at) (?:twitter|facebook|instagram|x\\b|linkedin"
            + "|tiktok|youtube|threads|bluesky|www\\.|https?://)"
            + "|^(?:download|get) (?:the|our) .{0,40}\\bapp\\b|\\benter your e-?mail\\b"
            + "|newsletter abonnieren|abonnez-vous|suscríbete|iscriviti alla newsletter|assine a newsletter|뉴스레터");
    /** What a line that {@link #NEWSLETTER} matches opens with or holds, lower-cased. */
    private static final List<String> NEWSLETTER_OPENINGS = List.of("follow ", "like ", "find ", "download ", "get ");
    private static final List<Phrase> NEWSLETTER_WORDS = Phrase.all("sign up", "subscribe", "newsletter", "your inbox", "enter your e",
            "abonnez-vous", "suscríbete", "뉴스레터");

    private static final Set<String> WIDGET_WORDS = Set.of(
            "share", "shares", "shared", "sharing", "send", "print", "tweet", "email", "e-mail", "mail", "facebook", "twitter", "x",
            "whatsapp", "linkedin", "pinterest", "reddit", "telegram", "kakaotalk", "kakao", "line", "messenger", "flipboard", "copy", "link",
            "url", "save", "bookmark", "comments", "comment", "to", "this", "on", "via", "article", "story", "page", "a", "friend", "font",
            "size", "text", "listen", "gift", "more", "options", "teilen", "drucken", "partager", "imprimer", "compartir", "imprimir",
            "condividi", "stampa", "compartilhar", "partilhar", "delen", "printen", "поделиться", "печать", "공유", "인쇄", "스크랩",
            "分享", "打印", "共有", "印刷");
    /** The widget words that a bar of them must hold one of: the words alone ("to", "this") are no bar. */
    private static final Set<String> WIDGET_CORE = Set.of(
            "share", "send", "print", "tweet", "email", "e-mail", "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "reddit",
            "telegram", "kakaotalk", "flipboard", "teilen", "drucken", "partager", "imprimer", "compartir", "imprimir", "condividi",
            "stampa", "compartilhar", "partilhar", "delen", "поделиться", "공유", "인쇄", "分享", "共有");
    /** The runs of letters in the widget words ("e-mail": "e" and "mail"). */
    private static final Set<String> WIDGET_WORD_PARTS = WIDGET_WORDS.stream()
            .flatMap(w -> Arrays.stream(w.split("\\P{L}+")))
            .filter(w -> !w.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
    /** The most pieces a widget bar is split into. */
    private static final int MAX_WIDGETS = 12;
    private static final Pattern WIDGET_SEPARATORS = Pattern.compile("[\\s|·•/,:;()\\[\\]]+");
    private static final Pattern OUTER_PUNCTUATION = Pattern.compile("^\\p{P}+|\\p{P}+$");

    /** The rules in the order they are tried: the first that matches names the kind. */
    static final List<Rule> RULES = List.of(
            new Rule(NoiseKind.AGENCY_CREDITS, ANY_LENGTH, AgencyCredits::mayBeCreditOnly, AgencyCredits::isCreditOnly),
            // a line of more than 12 pieces is no widget bar: told before splitting it; its first
            // word lies in a piece that must be a widget word
            new Rule(NoiseKind.SHARE_WIDGETS, ANY_LENGTH,
                    line -> line.widgetPieces() <= MAX_WIDGETS && WIDGET_WORD_PARTS.contains(NoiseLine.firstRunOfLetters(line.lower())),
                    NoiseRules::isShareWidgets),
            // both patterns are anchored at the start: lookingAt finds what find finds
            new Rule(NoiseKind.ADVERTISEMENTS, ANY_LENGTH,
                    line -> ADVERTISEMENT_OPENINGS.contains(line.opening()),
                    line -> ADVERTISEMENT.matcher(line.text()).lookingAt()),
            new Rule(NoiseKind.RELATED_LINKS, ANY_LENGTH,
                    line -> RELATED_LINK_OPENINGS.contains(line.opening()),
                    line -> RELATED_LINK.matcher(line.text()).lookingAt()),
            new Rule(NoiseKind.COPYRIGHT, 40,
                    line -> mayHold(line, COPYRIGHT_OPENINGS, COPYRIGHT_WORDS),
                    line -> COPYRIGHT.matcher(line.text()).find()),
            new Rule(NoiseKind.NEWSLETTER_PROMPTS, 40,
                    line -> mayHold(line, NEWSLETTER_OPENINGS, NEWSLETTER_WORDS),
                    line -> NEWSLETTER.matcher(line.text()).find()),
            new Rule(NoiseKind.CAPTIONS, 80, Captions::mayBeCaption, Captions::isCaption),
            new Rule(NoiseKind.DATELINES, 25, DateLines::mayBeDateLine, DateLines::isDateLine),
            new Rule(NoiseKind.BYLINES, ANY_LENGTH, Bylines::mayBeByline, Bylines::isByline));

    private NoiseRules() {
    }

    /** The kind of noise a whole line or sentence is, or {@code null} for story text. */
    static NoiseKind classify(String text) {
        NoiseLine line = new NoiseLine(text);
        if (line.text().isEmpty()) {
            return null;
        }
        for (Rule rule : RULES) {
            if (rule.judges(line)) {
                return rule.kind();
            }
        }
        return null;
    }

    /** A bar of share and print buttons: only widget words, one of them a core one, in at most 12 pieces. */
    private static boolean isShareWidgets(NoiseLine line) {
        String[] tokens = WIDGET_SEPARATORS.split(line.lower());
        if (tokens.length > MAX_WIDGETS) {
            return false;
        }
        boolean core = false;
        int words = 0;
        for (String token : tokens) {
            String t = OUTER_PUNCTUATION.matcher(token).replaceAll("");
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

    /** Whether the line's lower-cased text opens with one of {@code openings} or holds one of {@code words}. */
    private static boolean mayHold(NoiseLine line, List<String> openings, List<Phrase> words) {
        String lower = line.lower();
        for (String opening : openings) {
            if (lower.startsWith(opening)) {
                return true;
            }
        }
        for (Phrase word : words) {
            if (line.mayHoldPairs(word.pairs()) && lower.contains(word.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lower-cased phrase looked for in lines, with the places of its pairs of adjacent characters
     * in {@link NoiseLine#mayHoldPairs(int[])}: most lines lack one of them, and are passed over
     * without a search for the phrase.
     */
    record Phrase(String text, int[] pairs) {

        static List<Phrase> all(String... phrases) {
            return Arrays.stream(phrases).map(p -> new Phrase(p, NoiseLine.pairs(p))).toList();
        }
    }
}
