package dev.precis.problem;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dev.precis.auth.AccessDeniedException;
import dev.precis.html.UnreadablePageException;

/**
 * Turns every failure into an {@code application/problem+json} response. The one place where
 * exceptions meet HTTP: details are written for the client and never carry a stack trace or an
 * internal class name.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e, UriInfo uri) {
        return respond(problem(400, e.getMessage(), uri, e.errors()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return respond(problem(400, new InvalidRequestException(errors).getMessage(), uri, errors));
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping.getPath());
            return respond(problem(400, field + " has the wrong type or format", uri,
                    List.of(new Problem.FieldError(field, "has the wrong type or format"))));
        }
        return respond(problem(400, "The request body is not valid JSON", uri, null));
    }

    @ServerExceptionMapper
    public Response accessDenied(AccessDeniedException e, UriInfo uri) {
        Response.ResponseBuilder response = Response.status(e.status()).type(Problem.MEDIA_TYPE)
                .entity(problem(e.status(), e.getMessage(), uri, null));
        if (e.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"precis\"");
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response unreadablePage(UnreadablePageException e, UriInfo uri) {
        return respond(problem(422, e.getMessage(), uri, List.of(new Problem.FieldError("html", e.getMessage()))));
    }

    @ServerExceptionMapper
    public Response payloadTooLarge(PayloadTooLargeException e, UriInfo uri) {
        return respond(problem(413, e.getMessage(), uri, null));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return respond(problem(status, null, uri, null));
        }
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        if (family != Response.Status.Family.CLIENT_ERROR) {
            return e.getResponse();
        }
        return respond(problem(status, clientDetail(e, status), uri, null));
    }

    /** A header the framework cannot parse, such as a malformed Content-Type. */
    @ServerExceptionMapper
    public Response unparsableHeader(IllegalArgumentException e, UriInfo uri) {
        String message = e.getMessage();
        if (message != null && message.startsWith("Failed to parse media type")) {
            return respond(problem(415, "The Content-Type header is not a media type", uri, null));
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        if (DatabaseFailure.isUnavailable(e)) {
            LOG.warnf("Database unavailable: %s", DatabaseFailure.summary(e));
            return Response.status(503).type(Problem.MEDIA_TYPE)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseFailure.RETRY_AFTER_SECONDS)
                    .entity(problem(503, "The article store is unavailable; try again shortly", uri, null))
                    .build();
        }
        LOG.error("Unexpected failure", e);
        return respond(problem(500, "The server could not complete the request", uri, null));
    }

    private static Problem problem(int status, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : status == 422 ? "Unprocessable Content" : "HTTP " + status;
        String instance = uri != null ? uri.getRequestUri().getRawPath() : null;
        return new Problem("about:blank", title, status, detail, instance, errors);
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** Framework messages for client errors are safe ("HTTP 415 Unsupported Media Type"); our own are written for clients. */
    private static String clientDetail(WebApplicationException e, int status) {
        String message = e.getMessage();
        if (message == null || message.isBlank() || message.contains("Exception")) {
            return switch (status) {
                case 404 -> "Not found";
                case 405 -> "Method not allowed on this resource";
                case 406 -> "None of the accepted media types can be produced";
                case 415 -> "Unsupported content type";
                default -> "The request was rejected";
            };
        }
        return message;
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        String field = null;
        for (Path.Node node : violation.getPropertyPath()) {
            field = node.getName();
        }
        return field == null ? "body" : field;
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "body" : sb.toString();
    }
}
