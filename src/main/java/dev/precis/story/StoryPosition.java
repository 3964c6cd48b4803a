package dev.precis.story;

import java.time.Instant;

/** Where a story sits in the list, newest first by its latest article: the key of keyset pagination. */
public record StoryPosition(Instant latestAt, long id) {
}
