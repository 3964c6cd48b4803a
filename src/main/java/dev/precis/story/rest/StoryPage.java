package dev.precis.story.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.precis.story.service.StoryQueries;

/** One page of stories, newest first by latest article, and the cursor of the next page (null on the last). */
@Schema(name = "StoryPage")
public record StoryPage(
        List<StoryResponse> items,
        @Schema(description = "Opaque cursor for the next page; null on the last page") String next) {

    static StoryPage of(StoryQueries.Page page) {
        return new StoryPage(page.stories().stream().map(StoryResponse::of).toList(), page.next());
    }
}
