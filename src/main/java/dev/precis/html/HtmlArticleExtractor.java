package dev.precis.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.text.Headline;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;

/**
 * Finds the article in an HTML page with Readability4J, the Java port of Mozilla's Readability
 * (the reader view of Firefox), on top of jsoup, which parses any HTML however malformed. Before
 * Readability scores the page, the parts that are never the story are taken out: scripts, styles,
 * navigation, asides, forms, figures with their captions, and blocks marked as ads, share bars,
 * newsletter boxes or comments. The article's text keeps its paragraphs, one per block, separated
 * by blank lines, so sentences never run across them. Plain Java; thread-safe.
 */
public final class HtmlArticleExtractor {

    /** Elements that never hold the story. */
    private static final String NEVER_STORY = "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, input,"
            + " select, textarea, nav, aside, footer, figure, figcaption, picture, video, audio, dialog,"
            + " [role=navigation], [role=complementary], [role=contentinfo], [role=search], [hidden], [aria-hidden=true]";
    /** Class or id words (whole words of a hyphenated or spaced name) that mark a block as page furniture. */
    private static final Set<String> FURNITURE_WORDS = Set.of("ad", "ads", "advert", "adverts", "advertisement", "advertising", "sponsored",
            "promo", "newsletter", "subscribe", "subscription", "share", "sharing", "sharebar", "social", "comments", "comment", "disqus",
            "related", "recommended", "outbrain", "taboola", "cookie", "cookies", "consent", "paywall", "breadcrumb", "breadcrumbs");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd",
            "blockquote", "pre", "table", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "header", "address", "center", "hr");
    private static final String[] PUBLISHED_META = {
            "meta[property=article:published_time]", "meta[name=article:published_time]", "meta[itemprop=datePublished]",
            "meta[property=og:published_time]", "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]",
            "meta[name=date]", "meta[name=dc.date]", "meta[name=DC.date.issued]", "meta[name=sailthru.date]"};
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLACEHOLDER_ADDRESS = "https://page.invalid/";

    /**
     * @param html    the page
     * @param baseUri where the page came from, to resolve relative links; may be {@code null}
     * @throws UnreadablePageException when the page holds no article text
     */
    public ExtractedArticle extract(String html, String baseUri) {
        Document page = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        String title = title(page);
        String url = canonicalUrl(page);
        Instant publishedAt = publishedAt(page);
        removeFurniture(page);
        Article article;
        try {
            // Readability resolves the links it keeps against the page's address and logs an error
            // without one; the text needs no links, so a reserved address stands in when none is known
            String address = baseUri != null ? baseUri : url != null ? url : PLACEHOLDER_ADDRESS;
            article = new Readability4JExtended(address, page).parse();
        } catch (RuntimeException e) {
            throw new UnreadablePageException("No article could be read from the page");
        }
        Element content = article.getArticleContent();
        if (content != null) {
            // the headline is the title, not a paragraph of the story
            for (Element headline : content.select("h1")) {
                if (title == null) {
                    title = blankToNull(headline.text());
                }
                headline.remove();
            }
        }
        if (title == null) {
            title = blankToNull(article.getTitle());
        }
        String text = content == null ? "" : paragraphs(content, title);
        if (text.chars().noneMatch(Character::isLetterOrDigit)) {
            throw new UnreadablePageException("The page holds no article text");
        }
        return new ExtractedArticle(title, url, publishedAt, text);
    }

    /** {@code og:title}, {@code twitter:title} or the JSON-LD headline; {@code null} lets the article's headline decide. */
    private static String title(Document page) {
        for (String selector : List.of("meta[property=og:title]", "meta[name=og:title]", "meta[name=twitter:title]")) {
            Element meta = page.selectFirst(selector);
            if (meta != null && !meta.attr("content").isBlank()) {
                return meta.attr("content").strip();
            }
        }
        for (Element script : page.select("script[type=application/ld+json]")) {
            String headline = jsonLdText(script.data(), "headline");
            if (headline != null) {
                return headline;
            }
        }
        return null;
    }

    private static String canonicalUrl(Document page) {
        for (Element link : page.select("link[rel][href]")) {
            if (link.attr("rel").toLowerCase(Locale.ROOT).matches("(?:.*\\s)?canonical(?:\\s.*)?")) {
                String url = absoluteHttpUrl(link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href"));
                if (url != null) {
                    return url;
                }
            }
        }
        Element ogUrl = page.selectFirst("meta[property=og:url]");
        return ogUrl == null ? null : absoluteHttpUrl(ogUrl.attr("content"));
    }

    private static String absoluteHttpUrl(String candidate) {
        if (candidate == null || candidate.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(candidate.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static Instant publishedAt(Document page) {
        for (String selector : PUBLISHED_META) {
            for (Element meta : page.select(selector)) {
                Instant time = parseTime(meta.attr("content"));
                if (time != null) {
                    return time;
                }
            }
        }
        for (Element script : page.select("script[type=application/ld+json]")) {
            Instant time = jsonLdPublished(script.data());
            if (time != null) {
                return time;
            }
        }
        for (String selector : List.of("time[itemprop=datePublished][datetime]", "time[pubdate][datetime]", "article time[datetime]",
                "time[datetime]")) {
            for (Element time : page.select(selector)) {
                Instant parsed = parseTime(time.attr("datetime"));
                if (parsed != null) {
                    return parsed;
                }
            }
        }
        return null;
    }

    private static Instant jsonLdPublished(String json) {
        return parseTime(jsonLdText(json, "datePublished"));
    }

    /** The first text value of a field in a JSON-LD block, looking into arrays and {@code @graph}. */
    private static String jsonLdText(String json, String field) {
        try {
            return textField(JSON.readTree(json), field);
        } catch (java.io.IOException | RuntimeException e) {
            // a broken JSON-LD block is the page's problem, not a reason to refuse it
            return null;
        }
    }

    private static String textField(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                String value = textField(item, field);
                if (value != null) {
                    return value;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value != null && value.isTextual() && !value.asText().isBlank()) {
            return value.asText().strip();
        }
        return textField(node.get("@graph"), field);
    }

    /**
     * ISO 8601 with an offset, as pages should give it; a time without an offset or a bare date
     * is taken as UTC.
     */
    static Instant parseTime(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            // other shapes below
        }
        try {
            return OffsetDateTime.parse(v, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS]XX")).toInstant();
        } catch (DateTimeParseException e) {
            // other shapes below
        }
        try {
            return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // other shapes below
        }
        try {
            return LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void removeFurniture(Document page) {
        page.select(NEVER_STORY).remove();
        // a header outside the article is the site's masthead; inside it, the headline and byline
        page.select("header").forEach(header -> {
            if (header.closest("article, main") == null) {
                header.remove();
            }
        });
        List<Element> furniture = new ArrayList<>();
        for (Element element : page.body() == null ? List.<Element>of() : page.body().getAllElements()) {
            if (element == page.body() || element.normalName().equals("article") || element.normalName().equals("main")) {
                continue;
            }
            if (isFurniture(element.className()) || isFurniture(element.id())) {
                furniture.add(element);
            }
        }
        furniture.forEach(Node::remove);
    }

    private static boolean isFurniture(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        for (String word : name.toLowerCase(Locale.ROOT).split("[\\s_-]+")) {
            if (FURNITURE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The text of the article element, one paragraph per block, blank lines between; a headline equal to the title is left out. */
    private static String paragraphs(Element content, String title) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        collect(content, current, paragraphs);
        flush(current, paragraphs);
        if (title != null && !paragraphs.isEmpty()) {
            paragraphs.removeIf(Headline.of(title)::isRepeatedBy);
        }
        return String.join("\n\n", paragraphs);
    }

    private static void collect(Node node, StringBuilder current, List<String> paragraphs) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                current.append(text.getWholeText());
            } else if (child instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("title") || tag.equals("meta") || tag.equals("link")) {
                    continue;
                }
                if (tag.equals("br")) {
                    current.append('\n');
                } else if (BLOCKS.contains(tag)) {
                    flush(current, paragraphs);
                    collect(element, current, paragraphs);
                    flush(current, paragraphs);
                } else {
                    collect(element, current, paragraphs);
                }
            }
        }
    }

    /** Ends the paragraph being collected: spaces collapsed, each line trimmed, empty lines dropped. */
    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() == 0) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (String line : current.toString().split("\n")) {
            String collapsed = line.replace('\u00A0', ' ').replaceAll("[\\s&&[^\\n]]+", " ").strip();
            if (!collapsed.isEmpty()) {
                lines.add(collapsed);
            }
        }
        current.setLength(0);
        if (!lines.isEmpty()) {
            paragraphs.add(String.join("\n", lines));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
