package dev.precis.article.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of articles, newest first or by relevance, and the cursor of the next page (null on the last). */
@Schema(name = "ArticlePage")
public record ArticlePage(
        @Schema(description = "The page's articles, without their texts unless fields=text; at most limit of them, and no more than fit "
                + "precis.pages.max-bytes (1,000,000 bytes) for the whole answer: a page of long articles ends early, and next goes on")
        List<ArticleResponse> items,
        @Schema(description = "Opaque cursor for the next page; absent on the last page") String next) {
}
