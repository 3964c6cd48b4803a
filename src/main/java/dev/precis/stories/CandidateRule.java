package dev.precis.stories;

/**
 * Which open stories the matcher compares an article with, as an inverted index over the stories'
 * heaviest terms finds them. Each story is indexed under the {@code storyTerms} heaviest terms of
 * its centroid, with that term's weight in the unit-length centroid. For each of the article's
 * {@code articleTerms} heaviest profile terms, the look-up takes the {@code perTerm} open stories
 * that weigh the term most; the stories found are ranked by their cosine with the profile over
 * those terms alone (a lower bound of the full cosine, from the index without reading a centroid),
 * and the best {@code shortlist} are read whole for the matcher, which compares the whole profile.
 * <p>
 * Every bound caps what one look-up reads, whatever the number of stored stories: at most
 * {@code articleTerms × perTerm} index entries and {@code shortlist} centroids. The service's
 * look-up and {@link StoryIndex} follow the same rule, ties included (the heavier entry, then the
 * older story), so the evaluation measures the grouping the service makes.
 *
 * @param articleTerms how many of the profile's heaviest terms look stories up (at least 1)
 * @param storyTerms   under how many of its centroid's heaviest terms a story is indexed (at least 1)
 * @param perTerm      how many open stories one term finds at most, those weighing it most (at least 1)
 * @param shortlist    how many of the stories found the matcher compares (at least 1)
 */
public record CandidateRule(int articleTerms, int storyTerms, int perTerm, int shortlist) {

    /** No bound: every open story that shares a term with the profile; the rule the engine's settings were measured with. */
    public static final CandidateRule ALL = new CandidateRule(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);

    /** The service's rule, measured in docs/stories.md: 10 article terms, 20 story terms, 50 stories a term, 8 compared. */
    public static final CandidateRule DEFAULT = new CandidateRule(10, 20, 50, 8);

    public CandidateRule {
        if (articleTerms < 1 || storyTerms < 1 || perTerm < 1 || shortlist < 1) {
            throw new IllegalArgumentException("articleTerms, storyTerms, perTerm and shortlist must be at least 1");
        }
    }

    public CandidateRule withArticleTerms(int value) {
        return new CandidateRule(value, storyTerms, perTerm, shortlist);
    }

    public CandidateRule withStoryTerms(int value) {
        return new CandidateRule(articleTerms, value, perTerm, shortlist);
    }

    public CandidateRule withPerTerm(int value) {
        return new CandidateRule(articleTerms, storyTerms, value, shortlist);
    }

    public CandidateRule withShortlist(int value) {
        return new CandidateRule(articleTerms, storyTerms, perTerm, value);
    }
}
