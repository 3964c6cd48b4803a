package dev.precis.story;

import java.time.Instant;

/**
 * Which stories a list shows: those with an article from {@code source}, in {@code language},
 * with an article in the time range ({@code since} inclusive, {@code until} exclusive: the story's
 * first and latest article times overlap it), with an article matching the full-text
 * {@code query}. Each part is {@code null} when not asked for.
 */
public record StoryFilter(String source, String language, Instant since, Instant until, String query) {
}
