package dev.precis.article.rest;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import dev.precis.article.NewArticle;
import dev.precis.problem.InvalidRequestException;
import dev.precis.submission.SubmissionReader;
import dev.precis.submission.SubmissionReader.SubmittedArticle;
import dev.precis.submission.SummaryOptionsParser;
import dev.precis.summary.SummaryOptions;

/**
 * Reads an {@link ArticleRequest} (from a JSON body, query parameters or an item of a batch) into
 * the article to store and the options of its summary: the request's metadata, completed from
 * the page where the request gives none.
 */
@ApplicationScoped
public class ArticleRequestReader {

    /** What a request asks to store. */
    public record Submission(NewArticle article, SummaryOptions options) {
    }

    private final SubmissionReader reader;
    private final SummaryOptionsParser optionsParser;
    private final Validator validator;

    ArticleRequestReader(SubmissionReader reader, SummaryOptionsParser optionsParser, Validator validator) {
        this.reader = reader;
        this.optionsParser = optionsParser;
        this.validator = validator;
    }

    /** A request the framework did not validate (made from query parameters, or an item of a batch): its sizes are checked first. */
    public Submission readUnvalidated(ArticleRequest request) {
        Set<ConstraintViolation<ArticleRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return read(request);
    }

    /** The request's own fields are checked first, then its options, then its text or page. */
    public Submission read(ArticleRequest request) {
        SubmissionReader.rejectUnstorable("title", request.title());
        SubmissionReader.rejectUnstorable("url", request.url());
        SubmissionReader.rejectUnstorable("source", request.source());
        SubmissionReader.rejectUnstorable("externalId", request.externalId());
        if (request.externalId() != null && request.externalId().isBlank()) {
            throw new InvalidRequestException("externalId", "must not be blank");
        }
        SummaryOptions options = optionsParser.parse(request.options());
        SubmittedArticle submitted = reader.read(request.text(), request.html());
        NewArticle article = new NewArticle(
                request.title() != null ? request.title() : cut(submitted.title(), ArticleRequest.MAX_TITLE),
                submitted.text(),
                submitted.fromHtml() ? "html" : "text",
                request.url() != null ? request.url() : fitting(submitted.url(), ArticleRequest.MAX_URL),
                request.externalId(),
                request.source(),
                request.publishedAt() != null ? request.publishedAt().toInstant() : submitted.publishedAt());
        return new Submission(article, options);
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    /** A value from the page that does not fit the column's limit is left out rather than cut into something wrong. */
    private static String fitting(String value, int length) {
        return value == null || value.length() <= length ? value : null;
    }
}
