package dev.precis.article.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.article.service.ArticleQueries;

/**
 * Fits a page of listed articles into the byte budget of one answer ({@code precis.pages.max-bytes}).
 * Each item is measured as Jackson writes it; the page ends before the first item that would
 * overflow the budget, and its {@code next} continues the list from that item. An article too large
 * for a page on its own is still listed, so that the list goes on, but without its text and, when
 * that is not enough, without its summary; its {@code omitted} names what was left out.
 */
@ApplicationScoped
class ArticlePages {

    /** Room for the page around its items: the brackets and names, and the longest cursor. */
    private static final int ENVELOPE = 256;

    private final ObjectMapper json;

    ArticlePages(ObjectMapper json) {
        this.json = json;
    }

    ArticlePage fit(ArticleQueries.Page page, long maxBytes) {
        List<ArticleQueries.Entry> entries = page.entries();
        List<ArticleResponse> items = new ArrayList<>();
        long used = ENVELOPE;
        for (int i = 0; i < entries.size(); i++) {
            ArticleResponse item = ArticleResponse.listed(entries.get(i).article());
            long size = bytes(item);
            if (used + size > maxBytes) {
                if (!items.isEmpty()) {
                    return new ArticlePage(items, entries.get(i - 1).after());
                }
                for (ArticleResponse smaller = item.smaller(); smaller != null && used + size > maxBytes; smaller = item.smaller()) {
                    item = smaller;
                    size = bytes(item);
                }
            }
            items.add(item);
            used += size;
        }
        return new ArticlePage(items, page.next());
    }

    /** The item's size in the answer, with the comma that separates it from the one before. */
    private long bytes(ArticleResponse item) {
        ByteCount count = new ByteCount();
        try {
            json.writeValue(count, item);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count.bytes + 1;
    }

    /** Counts what is written to it and keeps none of it. */
    private static final class ByteCount extends OutputStream {

        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
