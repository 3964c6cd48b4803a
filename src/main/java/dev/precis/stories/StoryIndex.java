package dev.precis.stories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Stories held in memory, found the way the database finds them: by an inverted index of the
 * stories' heaviest centroid terms, among the stories still open, bounded by a
 * {@link CandidateRule}. Assigns each article, in the order they are stored, with a
 * {@link StoryMatcher}; a near copy goes to its original's story. For the evaluation and the tests;
 * not thread-safe.
 */
public final class StoryIndex {

    /** Where an article went. */
    public record Assignment(long storyId, boolean started) {
    }

    /** An entry of the term index: a story, the term's weight in its unit centroid, and when the story closes. */
    record Posting(long storyId, double weight, Instant closesAt) {
    }

    /** The index's order of a term's entries: the heaviest first, then the older story. */
    static final Comparator<Posting> HEAVIEST_FIRST = Comparator.comparingDouble(Posting::weight).reversed()
            .thenComparingLong(Posting::storyId);

    private static final TreeSet<Posting> EMPTY = new TreeSet<>(HEAVIEST_FIRST);

    private final StoryMatcher matcher;
    private final CandidateRule rule;
    private final Map<Long, StoryCentroid> stories = new TreeMap<>();
    private final Map<String, TreeSet<Posting>> byTerm = new HashMap<>();
    private final Map<Long, Map<String, Posting>> postingsOf = new HashMap<>();
    private final Map<String, Long> storyOfArticle = new HashMap<>();
    private long nextId = 1;

    /** Stories compared with every open story that shares a term with the profile ({@link CandidateRule#ALL}). */
    public StoryIndex(StoryOptions options) {
        this(options, CandidateRule.ALL);
    }

    public StoryIndex(StoryOptions options, CandidateRule rule) {
        this.matcher = new StoryMatcher(options);
        this.rule = rule;
    }

    /**
     * Assigns an article to a story.
     *
     * @param original the article it is a near copy of (already assigned), or {@code null}
     */
    public Assignment assign(String articleId, ArticleProfile profile, Instant time, String original) {
        if (storyOfArticle.containsKey(articleId)) {
            throw new IllegalArgumentException("article " + articleId + " was assigned already");
        }
        StoryCentroid story;
        boolean copy = original != null && storyOfArticle.containsKey(original);
        if (copy) {
            story = stories.get(storyOfArticle.get(original));
        } else {
            story = matcher.choose(profile, time, candidates(profile, time)).orElse(null);
        }
        StoryCentroid updated;
        boolean started = story == null;
        if (started) {
            updated = StoryCentroid.start(nextId++, profile, time);
        } else {
            unindex(story.id());
            updated = story.with(profile, time, copy, matcher.options().profileTerms());
        }
        stories.put(updated.id(), updated);
        index(updated);
        storyOfArticle.put(articleId, updated.id());
        return new Assignment(updated.id(), started);
    }

    /**
     * The stories the matcher compares the profile with, by the {@link CandidateRule}: the open
     * stories weighing each of the profile's heaviest terms most, ranked by their cosine with the
     * profile over those terms.
     */
    List<StoryCentroid> candidates(ArticleProfile profile, Instant time) {
        Map<Long, Double> partial = new HashMap<>();
        for (String t : profile.heaviestTerms(rule.articleTerms())) {
            int taken = 0;
            for (Posting p : byTerm.getOrDefault(t, EMPTY)) {
                if (taken == rule.perTerm()) {
                    break;
                }
                if (p.closesAt().isAfter(time)) {
                    partial.merge(p.storyId(), p.weight() * profile.weight(t), Double::sum);
                    taken++;
                }
            }
        }
        List<Map.Entry<Long, Double>> ranked = new ArrayList<>(partial.entrySet());
        ranked.sort(Map.Entry.<Long, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<StoryCentroid> found = new ArrayList<>();
        for (Map.Entry<Long, Double> e : ranked.subList(0, Math.min(rule.shortlist(), ranked.size()))) {
            found.add(stories.get(e.getKey()));
        }
        return found;
    }

    /** The story's entries in the term index: its centroid's heaviest terms, with their unit weights. */
    private void index(StoryCentroid story) {
        Instant closesAt = story.closesAt(matcher.options());
        Map<String, Posting> postings = new HashMap<>();
        for (Map.Entry<String, Double> e : indexedTerms(story.centroid(), rule.storyTerms())) {
            Posting p = new Posting(story.id(), e.getValue(), closesAt);
            byTerm.computeIfAbsent(e.getKey(), k -> new TreeSet<>(HEAVIEST_FIRST)).add(p);
            postings.put(e.getKey(), p);
        }
        postingsOf.put(story.id(), postings);
    }

    private void unindex(long storyId) {
        Map<String, Posting> postings = postingsOf.remove(storyId);
        if (postings != null) {
            postings.forEach((term, p) -> byTerm.get(term).remove(p));
        }
    }

    /** The {@code count} heaviest terms of a unit centroid with their weights (ties to the alphabetically first). */
    public static List<Map.Entry<String, Double>> indexedTerms(ArticleProfile centroid, int count) {
        List<Map.Entry<String, Double>> entries = new ArrayList<>();
        for (String t : centroid.heaviestTerms(count)) {
            entries.add(Map.entry(t, centroid.weight(t)));
        }
        return entries;
    }

    public Optional<Long> storyOf(String articleId) {
        return Optional.ofNullable(storyOfArticle.get(articleId));
    }

    public Optional<StoryCentroid> story(long id) {
        return Optional.ofNullable(stories.get(id));
    }

    public int storyCount() {
        return stories.size();
    }
}
