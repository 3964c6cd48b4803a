package dev.precis.article.service;

/** Matching of entity tags in {@code If-Match} and {@code If-None-Match} headers (RFC 9110, section 13.1). */
public final class EntityTags {

    private EntityTags() {
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
