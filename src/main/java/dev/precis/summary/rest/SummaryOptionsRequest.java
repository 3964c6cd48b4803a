package dev.precis.summary.rest;

/** The summary options a request may carry, as the client gave them (not yet checked). */
public interface SummaryOptionsRequest {

    Integer sentences();

    Double ratio();

    Integer maxWords();

    String algorithm();

    Boolean avoidQuotes();

    Boolean avoidQuestions();

    Integer keywords();

    /** ISO 639-1 code of the article's language; {@code null} to detect it. */
    String language();
}
