package dev.precis.summary.rest;

/** Summary options given as query parameters, read into their types (not yet checked against the limits). */
public record SummaryOptionsQuery(Integer sentences, Double ratio, Integer maxWords, String algorithm, Boolean avoidQuotes,
        Boolean avoidQuestions, Integer keywords, String language) implements SummaryOptionsRequest {

    /** Reads the parameters, naming the first one that is not of its type. */
    public static SummaryOptionsQuery of(String sentences, String ratio, String maxWords, String algorithm, String avoidQuotes,
            String avoidQuestions, String keywords, String language) {
        return new SummaryOptionsQuery(
                SummaryOptionsParser.intParam("sentences", sentences),
                SummaryOptionsParser.doubleParam("ratio", ratio),
                SummaryOptionsParser.intParam("maxWords", maxWords),
                algorithm,
                SummaryOptionsParser.booleanParam("avoidQuotes", avoidQuotes),
                SummaryOptionsParser.booleanParam("avoidQuestions", avoidQuestions),
                SummaryOptionsParser.intParam("keywords", keywords),
                language);
    }
}
