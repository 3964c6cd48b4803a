package dev.precis.problem;

import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dev.precis.html.UnreadablePageException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Turns every failure into an {@code application/problem+json} response. The one place where
 * exceptions meet HTTP: details are written for the client and never carry a stack trace or an
 * internal class name. {@link #problemFor} gives the same problem for one item of a batch.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    /**
     * Every failure a request can end in. The types are listed because the framework has mappers
     * of its own for some of them (validation, JSON, {@link WebApplicationException}) that would
     * otherwise be closer to the thrown type than a mapper of {@link RuntimeException}.
     */
    @ServerExceptionMapper({ ProblemException.class, ConstraintViolationException.class, JsonProcessingException.class,
            MismatchedInputException.class, JsonParseException.class, UnreadablePageException.class, WebApplicationException.class,
            IllegalArgumentException.class, RuntimeException.class })
    public Response toResponse(Throwable e, UriInfo uri) {
        if (e instanceof WebApplicationException web) {
            Response.Status.Family family = Response.Status.Family.familyOf(web.getResponse().getStatus());
            if (family != Response.Status.Family.CLIENT_ERROR && family != Response.Status.Family.SERVER_ERROR) {
                return web.getResponse();
            }
        }
        Problem problem = problemFor(e, instance(uri));
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 503) {
            response.header(HttpHeaders.RETRY_AFTER, DatabaseFailure.RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    /**
     * A request refused by Quarkus Security: no key where the method needs one, a key that is not
     * valid (401, with the challenge of the authentication mechanism), or a key without the scope
     * the method's {@code @RolesAllowed} names (403). Listed on their own because Quarkus REST has
     * mappers of its own for these types, which answer without a problem document.
     */
    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class, ForbiddenException.class })
    public Uni<Response> refuse(RuntimeException e, UriInfo uri, SimpleResourceInfo resource, RoutingContext routing) {
        String[] roles = rolesAllowed(resource);
        Problem problem;
        if (roles != null && roles.length == 0) {
            // a method that names no scope is refused to everyone (deny-unannotated-endpoints): no
            // key would help, so not even a caller without one is told to send one
            problem = problem(403, "No API key may make this request", instance(uri), null);
        } else if (e instanceof ForbiddenException && roles != null) {
            problem = problem(403, "This API key lacks the '" + roles[0] + "' scope", instance(uri), null);
        } else {
            problem = problemFor(e, instance(uri));
        }
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        HttpAuthenticator authenticator = routing != null ? routing.get(HttpAuthenticator.class.getName()) : null;
        if (problem.status() != 401 || authenticator == null) {
            return Uni.createFrom().item(response.build());
        }
        return authenticator.getChallenge(routing)
                .map(challenge -> withChallenge(response, challenge).build())
                .onFailure().recoverWithItem(() -> response.build());
    }

    private static Response.ResponseBuilder withChallenge(Response.ResponseBuilder response, ChallengeData challenge) {
        if (challenge != null) {
            challenge.getHeaders().forEach((name, value) -> response.header(name.toString(), value));
        }
        return response;
    }

    private static String instance(UriInfo uri) {
        return uri != null ? uri.getRequestUri().getRawPath() : null;
    }

    /**
     * The roles the refused resource method allows (its {@code @RolesAllowed}, which names one
     * scope), none when it has no such annotation, or null when the method cannot be looked at.
     */
    private static String[] rolesAllowed(SimpleResourceInfo resource) {
        if (resource == null || resource.getResourceClass() == null) {
            return null;
        }
        try {
            Method method = resource.getResourceClass().getMethod(resource.getMethodName(), resource.parameterTypes());
            RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
            return roles == null ? new String[0] : roles.value();
        } catch (NoSuchMethodException | SecurityException e) {
            return null;
        }
    }

    /**
     * The problem that answers a failure: the status, a detail written for the client and the
     * invalid fields. Server-side failures are logged here, once; their details say nothing of
     * the cause.
     */
    public static Problem problemFor(Throwable e, String instance) {
        if (e instanceof UnauthorizedException) {
            return problem(401, "An API key is required: send it as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'", instance, null);
        }
        if (e instanceof AuthenticationFailedException) {
            return problem(401, "The API key is not valid", instance, null);
        }
        if (e instanceof ForbiddenException) {
            return problem(403, "This API key lacks the scope this request needs", instance, null);
        }
        if (e instanceof ProblemException known) {
            return problem(known.status(), known.getMessage(), instance, known.errors().isEmpty() ? null : known.errors());
        }
        if (e instanceof ConstraintViolationException violation) {
            List<Problem.FieldError> errors = violation.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                    .toList();
            return problemFor(new InvalidRequestException(errors), instance);
        }
        if (e instanceof JsonProcessingException json) {
            if (json instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                return problemFor(new InvalidRequestException(jsonPath(mapping.getPath()), "has the wrong type or format"), instance);
            }
            return problem(400, "The request body is not valid JSON", instance, null);
        }
        if (e instanceof UnreadablePageException page) {
            return problem(422, page.getMessage(), instance, List.of(new Problem.FieldError("html", page.getMessage())));
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status >= 500) {
                LOG.error("Request failed", e);
                return problem(status, null, instance, null);
            }
            return problem(status, clientDetail(web, status), instance, null);
        }
        if (e instanceof IllegalArgumentException && e.getMessage() != null && e.getMessage().startsWith("Failed to parse media type")) {
            return problem(415, "The Content-Type header is not a media type", instance, null);
        }
        if (DatabaseFailure.isTimeOutOfRange(e)) {
            // a time of the request (a filter, a cursor's position, publishedAt) that Java reads but
            // PostgreSQL cannot hold: the client's error, whichever parameter carried it
            return problem(400, "A time of the request is outside the range the store can hold (4713 BC to 294276 AD)", instance, null);
        }
        if (DatabaseFailure.isUnavailable(e)) {
            LOG.warnf("Database unavailable: %s", DatabaseFailure.summary(e));
            return problem(503, "The article store is unavailable; try again shortly", instance, null);
        }
        LOG.error("Unexpected failure", e);
        return problem(500, "The server could not complete the request", instance, null);
    }

    private static Problem problem(int status, String detail, String instance, List<Problem.FieldError> errors) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : status == 422 ? "Unprocessable Content" : "HTTP " + status;
        return new Problem("about:blank", title, status, detail, instance, errors);
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

    /**
     * The invalid field as the client wrote it: the path below the method's parameter, with the
     * index of each list element ({@code documents[1].text}); the last name when the parameter
     * itself is invalid.
     */
    private static String fieldName(ConstraintViolation<?> violation) {
        String last = null;
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            last = node.getName();
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.isInIterable() && path.length() > 0) {
                path.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                path.append(path.length() > 0 ? "." : "").append(node.getName());
            }
        }
        if (path.length() > 0) {
            return path.toString();
        }
        return last == null ? "body" : last;
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
