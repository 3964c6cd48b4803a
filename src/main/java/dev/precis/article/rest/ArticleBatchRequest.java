package dev.precis.article.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Articles to store in one request. Each item is read on its own (an item of the wrong shape is
 * answered as invalid, the others are stored), so the items arrive here as JSON trees.
 */
@Schema(name = "ArticleBatchRequest")
public record ArticleBatchRequest(
        @Schema(type = SchemaType.ARRAY, implementation = ArticleRequest.class,
                description = "1 to precis.batch.max-items (100 unless configured) articles, each as for POST /api/v1/articles")
        List<JsonNode> articles) {
}
