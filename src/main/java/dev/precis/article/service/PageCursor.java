package dev.precis.article.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

import dev.precis.Sha256;
import dev.precis.article.ArticleFilter;
import dev.precis.article.ArticlePosition;
import dev.precis.problem.InvalidRequestException;

/**
 * The opaque {@code cursor} of the article list: the position of the last article of a page and a
 * digest of the list's filters, base64url-encoded so clients pass it back unchanged and never build
 * one. A cursor only continues the list it came from: with other filters it is refused, since its
 * position means nothing in another order.
 * <p>
 * Layouts: {@code 2:c:<seconds>:<nanos>:<id>:<filters>} for newest-first lists,
 * {@code 3:r:<rank as float bits>:<id>:<filters>} for lists ranked by a query (the exact float
 * PostgreSQL computed, so the next page starts exactly after it), and the first version's
 * {@code 1:<seconds>:<nanos>:<id>}, still read as a newest-first position. A ranked cursor of
 * version 2 holds a rank of the full search vector, which searches no longer rank on (migration
 * V9): it would continue the list in another order, so it is refused.
 */
final class PageCursor {

    private PageCursor() {
    }

    static String encode(ArticlePosition position, ArticleFilter filter) {
        String raw = position.rank() != null
                ? "3:r:" + Integer.toHexString(Float.floatToIntBits(position.rank())) + ":" + position.id() + ":" + digest(filter)
                : "2:c:" + position.createdAt().getEpochSecond() + ":" + position.createdAt().getNano() + ":" + position.id() + ":" + digest(filter);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static ArticlePosition decode(String cursor, ArticleFilter filter) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", -1);
        } catch (IllegalArgumentException e) {
            throw unknown();
        }
        ArticlePosition position;
        try {
            if (parts.length == 4 && parts[0].equals("1")) {
                position = ArticlePosition.newestFirst(Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2])), Long.parseLong(parts[3]));
            } else if (parts.length == 6 && parts[0].equals("2") && parts[1].equals("c")) {
                position = ArticlePosition.newestFirst(Instant.ofEpochSecond(Long.parseLong(parts[2]), Long.parseLong(parts[3])), Long.parseLong(parts[4]));
                requireSameFilter(parts[5], filter);
            } else if (parts.length == 5 && parts[0].equals("2") && parts[1].equals("r")) {
                throw new InvalidRequestException("cursor", "belongs to an earlier ranking of this search; start again without a cursor");
            } else if (parts.length == 5 && parts[0].equals("3") && parts[1].equals("r")) {
                float rank = Float.intBitsToFloat(Integer.parseUnsignedInt(parts[2], 16));
                if (!Float.isFinite(rank)) {
                    throw unknown();
                }
                position = ArticlePosition.ranked(rank, Long.parseLong(parts[3]));
                requireSameFilter(parts[4], filter);
            } else {
                throw unknown();
            }
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw unknown();
        }
        if ((position.rank() != null) != filter.ranked()) {
            throw new InvalidRequestException("cursor", "belongs to a list with other filters; start again without a cursor");
        }
        return position;
    }

    private static void requireSameFilter(String digest, ArticleFilter filter) {
        if (!digest.equals(digest(filter))) {
            throw new InvalidRequestException("cursor", "belongs to a list with other filters; start again without a cursor");
        }
    }

    private static InvalidRequestException unknown() {
        return new InvalidRequestException("cursor", "is not a cursor returned by this service");
    }

    /** 48 bits of SHA-256 over the filters: enough to tell one list from another, short enough for a URL. */
    private static String digest(ArticleFilter filter) {
        String canonical = String.join("\u0000", Objects.toString(filter.source(), "\u0001"), Objects.toString(filter.language(), "\u0001"),
                Objects.toString(filter.since(), "\u0001"), Objects.toString(filter.until(), "\u0001"), Objects.toString(filter.query(), "\u0001"));
        return Sha256.hex(canonical).substring(0, 12);
    }
}
