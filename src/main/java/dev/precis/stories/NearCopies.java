package dev.precis.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds the original of a near copy among the articles added so far, in memory: the look-up the
 * database does with the band keys (see {@code docs/stories.md}), for the evaluation and the tests.
 * An article whose estimated Jaccard similarity with an earlier one reaches the threshold is a copy
 * of that article's original: the earliest article of the group, so that every copy links to the
 * same one however the copies chain. Not thread-safe; articles are added in the order they are stored.
 */
public final class NearCopies {

    /** What is kept of an article: its place in the order of storing, its original, its signature. */
    private record Entry(String id, int order, String original, NearCopySignature signature) {
    }

    private final double threshold;
    private final Map<Long, List<Entry>> byBandKey = new HashMap<>();
    private final Map<String, Entry> byId = new HashMap<>();

    /** @param threshold the estimated Jaccard similarity from which a text is a near copy, in (0, 1] */
    public NearCopies(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1]");
        }
        this.threshold = threshold;
    }

    /**
     * The original of a text not yet added: the earliest article of the group of the earliest
     * stored article it is a near copy of; empty when it copies none.
     */
    public Optional<String> originalOf(NearCopySignature signature) {
        TreeSet<Integer> seen = new TreeSet<>();
        Entry best = null;
        for (long key : signature.bandKeys()) {
            for (Entry candidate : byBandKey.getOrDefault(key, List.of())) {
                if (!seen.add(candidate.order())) {
                    continue;
                }
                if (signature.estimatedJaccard(candidate.signature()) >= threshold
                        && (best == null || byId.get(candidate.original()).order() < byId.get(best.original()).order())) {
                    best = candidate;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.original());
    }

    /** Adds an article, finds its original first; returns the original (empty for an original). */
    public Optional<String> add(String id, NearCopySignature signature) {
        if (byId.containsKey(id)) {
            throw new IllegalArgumentException("article " + id + " was added already");
        }
        Optional<String> original = originalOf(signature);
        Entry entry = new Entry(id, byId.size(), original.orElse(id), signature);
        byId.put(id, entry);
        for (long key : signature.bandKeys()) {
            byBandKey.computeIfAbsent(key, k -> new ArrayList<>(2)).add(entry);
        }
        return original;
    }

    /** The original of an added article (itself when it is one). */
    public String originalOfAdded(String id) {
        Entry entry = byId.get(id);
        if (entry == null) {
            throw new IllegalArgumentException("no article " + id);
        }
        return entry.original();
    }
}
