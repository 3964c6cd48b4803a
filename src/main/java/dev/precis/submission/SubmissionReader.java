package dev.precis.submission;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.precis.PrecisConfig;
import dev.precis.html.ExtractedArticle;
import dev.precis.html.HtmlArticleExtractor;
import dev.precis.problem.InvalidRequestException;
import dev.precis.problem.Problem.FieldError;

/**
 * Reads the article a request submits: plain text as it is, or an HTML page whose article text,
 * title, canonical URL and publication time are extracted. Exactly one of the two must be given,
 * and the text must fit the configured length and what PostgreSQL can hold.
 */
@ApplicationScoped
public class SubmissionReader {

    /** The text to summarize, and the page it was extracted from ({@code null} for plain text). */
    public record SubmittedArticle(String text, ExtractedArticle page) {

        public boolean fromHtml() {
            return page != null;
        }

        public String title() {
            return page == null ? null : page.title();
        }

        public String url() {
            return page == null ? null : page.url();
        }

        public Instant publishedAt() {
            return page == null ? null : page.publishedAt();
        }
    }

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();
    private final int maxTextLength;

    SubmissionReader(PrecisConfig config) {
        this.maxTextLength = config.limits().maxTextLength();
    }

    /**
     * @throws InvalidRequestException (400) when neither or both are given, the one given is
     *                                 blank, or the text is over the length limit
     * @throws dev.precis.html.UnreadablePageException (422) when the page holds no article text
     */
    public SubmittedArticle read(String text, String html) {
        if (text != null && html != null || text == null && html == null) {
            String message = "give exactly one of text and html";
            throw new InvalidRequestException(List.of(new FieldError("html", message), new FieldError("text", message)));
        }
        if (text != null) {
            checkText("text", text, "");
            return new SubmittedArticle(text, null);
        }
        if (html.isBlank()) {
            throw new InvalidRequestException("html", "must not be blank");
        }
        ExtractedArticle page = extractor.extract(html, null);
        checkText("html", page.text(), "the article text extracted from the page ");
        return new SubmittedArticle(page.text(), page);
    }

    /**
     * A plain text given in the request's field {@code field} (one of several documents), checked
     * as {@link #read} checks a text: not blank, storable, within the length limit.
     */
    public String readText(String field, String text) {
        if (text == null) {
            throw new InvalidRequestException(field, "must be given");
        }
        checkText(field, text, "");
        return text;
    }

    /**
     * Refuses what PostgreSQL text cannot hold as sent, rather than let it be altered on the way: NUL,
     * and a lone surrogate (half of a UTF-16 pair, which UTF-8 cannot encode: the driver would store
     * "?", so two different texts would become the same article).
     */
    public static void rejectUnstorable(String field, String value) {
        rejectUnstorable(field, value, "");
    }

    private static void rejectUnstorable(String field, String value, String what) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                throw new InvalidRequestException(field, what + "must not contain NUL characters");
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    throw new InvalidRequestException(field, what + "must be valid Unicode (it has an unpaired surrogate at character " + i + ")");
                }
            }
        }
    }

    private void checkText(String field, String text, String what) {
        if (text.isBlank()) {
            throw new InvalidRequestException(field, "must not be blank");
        }
        rejectUnstorable(field, text, what);
        if (text.length() > maxTextLength) {
            throw new InvalidRequestException(field, what + "must be at most " + maxTextLength + " characters (it has " + text.length() + ")");
        }
    }
}
