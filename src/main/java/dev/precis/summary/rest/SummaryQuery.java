package dev.precis.summary.rest;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The summary options of a request whose body is the article itself (text/plain or text/html),
 * given as query parameters. Read as strings, so a malformed value is a 400 naming the parameter
 * rather than the 404 that a failed conversion would give.
 */
public class SummaryQuery {

    @QueryParam("title")
    @Parameter(description = "Headline of the article; for a page, the page's title when left out")
    public String title;

    @QueryParam("sentences")
    @Parameter(description = "Sentences in the summary (default precis.summary.default-sentences, 3)")
    public String sentences;

    @QueryParam("ratio")
    @Parameter(description = "Fraction of the article's sentences, in (0, 1]")
    public String ratio;

    @QueryParam("maxWords")
    @Parameter(description = "Word budget")
    public String maxWords;

    @QueryParam("algorithm")
    @Parameter(description = "news-centrality (default), textrank, lexrank, luhn or lead")
    public String algorithm;

    @QueryParam("avoidQuotes")
    @Parameter(description = "Leave out quotations while enough other sentences remain")
    public String avoidQuotes;

    @QueryParam("avoidQuestions")
    @Parameter(description = "Leave out questions while enough other sentences remain")
    public String avoidQuestions;

    @QueryParam("keywords")
    @Parameter(description = "How many keywords to return (default precis.summary.default-keywords, 5)")
    public String keywords;

    @QueryParam("language")
    @Parameter(description = "ISO 639-1 code of the article's language; detected when left out")
    public String language;

    /** The request these parameters and a body (exactly one of text and html) make. */
    SummarizeRequest toRequest(String text, String html) {
        SummaryOptionsQuery options = SummaryOptionsQuery.of(sentences, ratio, maxWords, algorithm, avoidQuotes, avoidQuestions, keywords, language);
        return new SummarizeRequest(text, html, title, options.sentences(), options.ratio(), options.maxWords(), options.algorithm(),
                options.avoidQuotes(), options.avoidQuestions(), options.keywords(), options.language());
    }
}
