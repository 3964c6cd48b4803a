package dev.precis.story.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.precis.story.service.StoryQueries;

/** A story with its newest articles. */
@Schema(name = "StoryDetail")
public record StoryDetailResponse(
        @Schema(example = "5") long id,
        @Schema(description = "As in the list") String headline,
        @Schema(example = "en") String language,
        @Schema(description = "How many stored articles the story holds, near copies included", example = "12") int size,
        @Schema(description = "The sources of its articles, alphabetically") List<String> sources,
        Instant firstAt,
        Instant latestAt,
        @Schema(example = "14") int version,
        @Schema(description = "Its articles, newest first; at most precis.stories.max-articles (100), while size counts them all")
        List<StoryArticleResponse> articles) {

    /** An article of a story (GET /api/v1/articles/{id} gives all of it). */
    @Schema(name = "StoryArticle")
    public record StoryArticleResponse(
            @Schema(example = "42") long id,
            String title,
            String source,
            String url,
            Instant publishedAt,
            Instant createdAt,
            @Schema(description = "The article this one is a near copy of; null for an original", example = "17") Long copyOf) {
    }

    static StoryDetailResponse of(StoryQueries.StoryDetail detail) {
        StoryQueries.StoryView s = detail.story();
        return new StoryDetailResponse(s.id(), s.headline(), s.language(), s.size(), s.sources(), s.firstAt(), s.latestAt(), s.version(),
                detail.articles().stream()
                .map(a -> new StoryArticleResponse(a.id(), a.title(), a.source(), a.url(), a.publishedAt(), a.createdAt(), a.copyOf()))
                .toList());
    }
}
