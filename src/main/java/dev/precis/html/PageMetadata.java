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
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a page says about its article besides the text: the title, the canonical address and
 * the time of publication, from Open Graph and Twitter meta tags, JSON-LD blocks, {@code link}
 * and {@code time} elements, read before Readability takes the page apart.
 */
final class PageMetadata {

    private static final String[] PUBLISHED_META = {
            "meta[property=article:published_time]", "meta[name=article:published_time]", "meta[itemprop=datePublished]",
            "meta[property=og:published_time]", "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]",
            "meta[name=date]", "meta[name=dc.date]", "meta[name=DC.date.issued]", "meta[name=sailthru.date]"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private PageMetadata() {
    }

    /** {@code og:title}, {@code twitter:title} or the JSON-LD headline; {@code null} lets the article's headline decide. */
    static String title(Document page) {
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

    static String canonicalUrl(Document page) {
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

    static Instant publishedAt(Document page) {
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
}
