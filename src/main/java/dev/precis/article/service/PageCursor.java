package dev.precis.article.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import dev.precis.article.ArticlePosition;
import dev.precis.problem.InvalidRequestException;

/**
 * The opaque {@code cursor} of the article list: the position of the last article of a page,
 * base64url-encoded so clients pass it back unchanged and never build one.
 */
final class PageCursor {

    private static final String VERSION = "1";

    private PageCursor() {
    }

    static String encode(ArticlePosition position) {
        Instant at = position.createdAt();
        String raw = VERSION + ":" + at.getEpochSecond() + ":" + at.getNano() + ":" + position.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static ArticlePosition decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split(":");
            if (parts.length != 4 || !VERSION.equals(parts[0])) {
                throw new IllegalArgumentException("unknown cursor layout");
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
            return new ArticlePosition(at, Long.parseLong(parts[3]));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new InvalidRequestException("cursor", "is not a cursor returned by this service");
        }
    }
}
