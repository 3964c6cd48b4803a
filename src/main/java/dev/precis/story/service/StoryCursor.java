package dev.precis.story.service;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

import dev.precis.Sha256;
import dev.precis.problem.InvalidRequestException;
import dev.precis.story.StoryFilter;
import dev.precis.story.StoryPosition;

/**
 * The opaque {@code cursor} of the story list, as the article list's: the position of a page's
 * last story and a digest of the filters, base64url-encoded ({@code s1:<seconds>:<nanos>:<id>:<filters>}).
 * A cursor only continues the list it came from.
 */
final class StoryCursor {

    private StoryCursor() {
    }

    static String encode(StoryPosition position, StoryFilter filter) {
        String raw = "s1:" + position.latestAt().getEpochSecond() + ":" + position.latestAt().getNano() + ":" + position.id() + ":" + digest(filter);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static StoryPosition decode(String cursor, StoryFilter filter) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", -1);
        } catch (IllegalArgumentException e) {
            throw unknown();
        }
        if (parts.length != 5 || !parts[0].equals("s1")) {
            throw unknown();
        }
        StoryPosition position;
        try {
            position = new StoryPosition(Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2])), Long.parseLong(parts[3]));
        } catch (NumberFormatException | DateTimeException e) {
            throw unknown();
        }
        if (!parts[4].equals(digest(filter))) {
            throw new InvalidRequestException("cursor", "belongs to a list with other filters; start again without a cursor");
        }
        return position;
    }

    private static InvalidRequestException unknown() {
        return new InvalidRequestException("cursor", "is not a cursor returned by this service");
    }

    /** 48 bits of SHA-256 over the filters: enough to tell one list from another, short enough for a URL. */
    private static String digest(StoryFilter filter) {
        String canonical = String.join("\u0000", "stories", Objects.toString(filter.source(), "\u0001"), Objects.toString(filter.language(), "\u0001"),
                Objects.toString(filter.since(), "\u0001"), Objects.toString(filter.until(), "\u0001"), Objects.toString(filter.query(), "\u0001"));
        return Sha256.hex(canonical).substring(0, 12);
    }
}
