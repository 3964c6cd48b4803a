package dev.precis.story.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.precis.story.service.StoryQueries;

/** A story: the articles about one event, as listed. */
@Schema(name = "Story")
public record StoryResponse(
        @Schema(example = "5") long id,
        @Schema(description = "The title of the article that started the story (or of the first one with a title)",
                example = "River floods the old town") String headline,
        @Schema(example = "en") String language,
        @Schema(description = "How many stored articles the story holds, near copies included", example = "12") int size,
        @Schema(description = "The sources of its articles, alphabetically") List<String> sources,
        @Schema(description = "The time of its first article (an article's time is its publishedAt, else when it was stored)") Instant firstAt,
        @Schema(description = "The time of its latest article") Instant latestAt,
        @Schema(description = "Moves with every change to the story or its articles; a summary names the version it was made from",
                example = "14") int version) {

    static StoryResponse of(StoryQueries.StoryView story) {
        return new StoryResponse(story.id(), story.headline(), story.language(), story.size(), story.sources(), story.firstAt(),
                story.latestAt(), story.version());
    }
}
