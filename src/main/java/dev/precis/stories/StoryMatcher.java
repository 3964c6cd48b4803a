package dev.precis.stories;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * The online step of story grouping (single-pass clustering, as in the TDT detection systems of
 * Allan et al. 1998): an article joins the open story whose centroid is most similar to its
 * profile, when that similarity reaches the threshold, and otherwise starts a story. A story is
 * open until its own pace says it is over, and at most a window after its latest article
 * ({@link StoryCentroid#closesAt}). The caller finds the candidates (stories sharing a term with
 * the profile, see {@link StoryIndex}); this class only decides, so the service and the evaluation
 * decide alike.
 */
public final class StoryMatcher {

    private final StoryOptions options;

    public StoryMatcher(StoryOptions options) {
        this.options = options;
    }

    public StoryOptions options() {
        return options;
    }

    /** The story the article joins: the most similar candidate open at {@code time}, at or above the threshold; ties to the older story. */
    public Optional<StoryCentroid> choose(ArticleProfile profile, Instant time, Collection<StoryCentroid> candidates) {
        StoryCentroid best = null;
        double bestSimilarity = 0;
        for (StoryCentroid story : candidates) {
            if (!story.isOpenAt(time, options)) {
                continue;
            }
            double similarity = profile.cosine(story.centroid());
            if (similarity < options.threshold()) {
                continue;
            }
            if (best == null || similarity > bestSimilarity || similarity == bestSimilarity && story.id() < best.id()) {
                best = story;
                bestSimilarity = similarity;
            }
        }
        return Optional.ofNullable(best);
    }
}
