package dev.precis.article.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.precis.PrecisConfig;
import dev.precis.article.Article;
import dev.precis.stories.NearCopySignature;
import io.micrometer.core.annotation.Timed;

/**
 * Finds the original of a near copy among the stored articles, the way
 * {@link dev.precis.stories.NearCopies} does in memory: the stored articles sharing a band key with
 * the text are compared on the full signature, and of those whose estimated Jaccard similarity
 * reaches {@code precis.stories.near-copy-threshold}, the group with the earliest original wins
 * (the lowest id: ids grow as articles are stored). The text then links to that original, so the
 * copies of a wire story all point at one article however they chain.
 */
@ApplicationScoped
public class NearCopyFinder {


    private final double threshold;

    NearCopyFinder(PrecisConfig config) {
        this.threshold = config.stories().nearCopyThreshold();
    }

    /**
     * The id of the original of a text with this signature, or empty when it copies no stored article.
     * Called under the text's band-key locks, so the answer holds until the transaction ends.
     *
     * @param except an article to leave out (the one being replaced), or {@code null}
     */
    @Timed(value = "precis.nearcopies.lookup", description = "Time to find the original of a text among the stored articles", histogram = true)
    public Optional<Long> originalOf(NearCopySignature signature, Long except) {
        // earliest group first: the first candidate close enough names the original
        for (Article.NearCopyCandidate candidate : Article.nearCopyCandidates(signature.bandKeys(), except)) {
            if (signature.estimatedJaccard(NearCopySignature.fromValues(candidate.minhash())) >= threshold) {
                return Optional.of(candidate.original());
            }
        }
        return Optional.empty();
    }
}
