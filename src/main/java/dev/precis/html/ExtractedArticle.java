package dev.precis.html;

import java.time.Instant;

/**
 * The article found in an HTML page: its main text as paragraphs separated by blank lines, and what
 * the page says about it. Fields the page does not give are {@code null}.
 *
 * @param title       {@code og:title}, else the page's title as Readability reads it
 * @param url         the canonical URL ({@code <link rel="canonical">}, else {@code og:url})
 * @param publishedAt the publication time ({@code article:published_time}, JSON-LD
 *                    {@code datePublished}, else a {@code <time datetime>})
 */
public record ExtractedArticle(String title, String url, Instant publishedAt, String text) {
}
