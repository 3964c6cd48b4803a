package dev.precis.html;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

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
    private static final String PLACEHOLDER_ADDRESS = "https://page.invalid/";
    /**
     * Readability walks the page recursively, one stack frame or more per level: 5,000 nested
     * elements overflow a worker thread's stack. Real pages nest a few dozen levels.
     */
    static final int MAX_DEPTH = 256;

    /**
     * @param html    the page
     * @param baseUri where the page came from, to resolve relative links; may be {@code null}
     * @throws UnreadablePageException when the page holds no article text
     */
    public ExtractedArticle extract(String html, String baseUri) {
        Document page = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        if (depth(page) > MAX_DEPTH) {
            throw new UnreadablePageException("The page nests its elements more than " + MAX_DEPTH + " deep; no news page does");
        }
        try {
            return extract(page, baseUri);
        } catch (StackOverflowError e) {
            // the depth bound keeps Readability's recursion far from the stack's end; should a page
            // still reach it, the page is refused and the thread's stack unwinds as usual
            throw new UnreadablePageException("The page is too deeply nested to read");
        }
    }

    private ExtractedArticle extract(Document page, String baseUri) {
        String title = PageMetadata.title(page);
        String url = PageMetadata.canonicalUrl(page);
        Instant publishedAt = PageMetadata.publishedAt(page);
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

    /** How deep the page's elements nest, counted without recursion. */
    static int depth(Document page) {
        int[] deepest = { 0 };
        NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), page);
        return deepest[0];
    }
}
