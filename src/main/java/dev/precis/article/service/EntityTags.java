package dev.precis.article.service;

import java.time.Instant;

import dev.precis.article.Article;

/** Entity tags of stored articles, and their matching in {@code If-Match} and {@code If-None-Match} headers (RFC 9110, section 13.1). */
public final class EntityTags {

    private EntityTags() {
    }

    /** The article's entity tag, quoted: it changes whenever the article does, since every change moves {@code updatedAt} forward. */
    public static String of(Article article) {
        return of(article.id, article.updatedAt);
    }

    public static String of(long id, Instant updatedAt) {
        long micros = Math.addExact(Math.multiplyExact(updatedAt.getEpochSecond(), 1_000_000L), updatedAt.getNano() / 1000);
        return "\"" + id + "-" + Long.toString(micros, 36) + "\"";
    }

    /** {@code If-Match}: {@code *}, or a list that names the tag; a weak tag never matches (strong comparison). */
    public static boolean matches(String header, String etag) {
        return matches(header, etag, false);
    }

    /** {@code If-None-Match}: {@code *}, or a list that names the tag, weak or strong (weak comparison). */
    public static boolean matchesWeakly(String header, String etag) {
        return matches(header, etag, true);
    }

    private static boolean matches(String header, String etag, boolean weak) {
        if (header == null) {
            return false;
        }
        for (String candidate : header.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                if (!weak) {
                    continue;
                }
                tag = tag.substring(2);
            }
            if (tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
