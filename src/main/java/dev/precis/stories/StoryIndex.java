package dev.precis.stories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Stories held in memory, found the way the database finds them: by the terms of their centroids
 * (an index of term → story) among the stories still open. Assigns each article, in the order
 * they are stored, with a {@link StoryMatcher}; a near copy goes to its original's story. For the
 * evaluation and the tests; not thread-safe.
 */
public final class StoryIndex {

    /** Where an article went. */
    public record Assignment(long storyId, boolean started) {
    }

    private final StoryMatcher matcher;
    private final CandidateRule rule;
    private final Map<Long, StoryCentroid> stories = new TreeMap<>();
    private final Map<String, Set<Long>> byTerm = new HashMap<>();
    private final Map<String, Long> storyOfArticle = new HashMap<>();
    private long nextId = 1;

    /** Stories compared with every story that shares a term with the profile ({@link CandidateRule#ALL}). */
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
            story = matcher.choose(profile, time, candidates(profile)).orElse(null);
        }
        StoryCentroid updated;
        boolean started = story == null;
        if (started) {
            updated = StoryCentroid.start(nextId++, profile, time);
        } else {
            unindex(story);
            updated = story.with(profile, time, copy, matcher.options().profileTerms());
        }
        stories.put(updated.id(), updated);
        for (String t : updated.centroid().terms()) {
            byTerm.computeIfAbsent(t, k -> new HashSet<>()).add(updated.id());
        }
        storyOfArticle.put(articleId, updated.id());
        return new Assignment(updated.id(), started);
    }

    /** Stories sharing at least one of the profile's candidate terms ({@link CandidateRule}) (open or not: the matcher checks the window). */
    List<StoryCentroid> candidates(ArticleProfile profile) {
        Set<Long> ids = new HashSet<>();
        for (String t : profile.heaviestTerms(rule.terms())) {
            ids.addAll(byTerm.getOrDefault(t, Set.of()));
        }
        List<StoryCentroid> found = new ArrayList<>(ids.size());
        for (long id : ids) {
            found.add(stories.get(id));
        }
        return found;
    }

    private void unindex(StoryCentroid story) {
        for (String t : story.centroid().terms()) {
            Set<Long> ids = byTerm.get(t);
            if (ids != null) {
                ids.remove(story.id());
            }
        }
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
