package dev.precis.text;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentences of an article once noise is taken out, numbered from 0, and how many pieces of
 * each kind of noise were taken out.
 *
 * @param sentences the sentences as they are returned: offsets delimit exactly their text in the
 *                  submitted article, and where a dateline opened a sentence or an agency credit
 *                  closed it, the offsets leave them out
 * @param asWritten the same sentences, at the same positions, as the splitter found them (dateline
 *                  and credit included): what the sentences are ranked by, since trimming is about
 *                  what a reader is shown, not about what the sentence says
 */
public record CleanText(List<Sentence> sentences, List<Sentence> asWritten, Map<NoiseKind, Integer> removed) {

    public CleanText {
        sentences = List.copyOf(sentences);
        asWritten = List.copyOf(asWritten);
        if (asWritten.size() != sentences.size()) {
            throw new IllegalArgumentException("one sentence as written for each sentence");
        }
        removed = Collections.unmodifiableMap(new EnumMap<>(removed.isEmpty() ? new EnumMap<>(NoiseKind.class) : removed));
    }

    /** What was removed, by the kinds' API names, in a stable order; kinds not found are left out. */
    public Map<String, Integer> removedById() {
        Map<String, Integer> byId = new LinkedHashMap<>();
        removed.forEach((kind, count) -> byId.put(kind.id(), count));
        return byId;
    }
}
