package dev.precis.stories;

/**
 * Which stories the matcher compares an article with: those whose centroid holds one of the
 * article's {@code terms} heaviest profile terms. The matcher then compares the whole profile with
 * each; the rule only bounds what the look-up reads. The service's look-up and {@link StoryIndex}
 * follow the same rule, so the evaluation measures what the service does.
 *
 * @param terms how many of the profile's heaviest terms find the candidates (at least 1; the
 *              profile's size or more: every term)
 */
public record CandidateRule(int terms) {

    /** Every term of the profile: the rule the engine's settings were measured with. */
    public static final CandidateRule ALL = new CandidateRule(Integer.MAX_VALUE);

    /** The service's rule: the 10 heaviest terms. */
    public static final CandidateRule DEFAULT = new CandidateRule(10);

    public CandidateRule {
        if (terms < 1) {
            throw new IllegalArgumentException("terms must be at least 1");
        }
    }
}
