package dev.precis.article.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.precis.article.service.ArticleQueries;

/** One page of articles, newest first, and the cursor of the next page (null on the last). */
@Schema(name = "ArticlePage")
public record ArticlePage(
        List<ArticleResponse> items,
        @Schema(description = "Opaque cursor for the next page; absent on the last page") String next) {

    static ArticlePage of(ArticleQueries.Page page) {
        return new ArticlePage(page.articles().stream().map(ArticleResponse::of).toList(), page.next());
    }
}
