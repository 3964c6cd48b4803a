package dev.precis.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers with a problem document the requests that the HTTP layer refuses before any resource
 * runs, which would otherwise get a bare status with an empty body:
 * <ul>
 * <li>413: a body over the HTTP server's own cap ({@code quarkus.http.limits.max-body-size}),
 * refused while it is read (see {@link BufferedBodies}); the connection is closed after the answer,
 * since the rest of the body is never read;</li>
 * <li>400: an HTTP/1.1 request without a {@code Host} header;</li>
 * <li>404: a request target that is not a path ({@code *}, {@code api/v1/articles}).</li>
 * </ul>
 * Requests refused before the router (by the HTTP decoder: a request line over
 * {@code quarkus.http.limits.max-initial-line-length}, 414; headers over
 * {@code quarkus.http.limits.max-header-size}, 431; a malformed request line or header, 400; by
 * Quarkus' first handler: a target that is not a valid URI, such as bad percent-encoding, 400)
 * keep the server's bare answer: docs/RELIABILITY.md says why.
 */
@ApplicationScoped
class ServerRejections {

    private final ObjectMapper json;

    ServerRejections(ObjectMapper json) {
        this.json = json;
    }

    void answerRejectedRequests(@Observes Router router, VertxHttpConfig http) {
        String cap = http.limits().maxBodySize().map(size -> " of " + size.asLongValue() + " bytes").orElse("");
        // the first failure handler of the router: it sees every failure before Quarkus' own
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> answer(context, cap));
    }

    private void answer(RoutingContext context, String cap) {
        int status = context.statusCode();
        HttpServerResponse response = context.response();
        if (response.ended() && context.failure() instanceof HttpClosedException) {
            // the connection was closed after the answer (as after a 413): nothing left to answer or report
            return;
        }
        if (status < 400 || status >= 500 || response.headWritten()) {
            context.next();
            return;
        }
        String path = context.request().path();
        String instance = path != null && path.startsWith("/") ? path : null;
        ProblemException rejection = switch (status) {
            case 413 -> new PayloadTooLargeException("The request body is larger than the server's limit" + cap);
            case 400 -> new ProblemException(400, "The request cannot be read: its path or query is not valid percent-encoding, "
                    + "or it has no Host header");
            case 404 -> new ProblemException(404, "Not found: the request target is not a path");
            default -> new ProblemException(status, "The request was rejected");
        };
        byte[] body;
        try {
            body = json.writeValueAsBytes(ProblemMapper.problemFor(rejection, instance));
        } catch (JsonProcessingException e) {
            context.next();
            return;
        }
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (status == 413) {
            // the rest of the body is never read: the connection ends with the answer
            response.putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
            response.endHandler(ended -> context.request().connection().close());
        }
        response.end(Buffer.buffer(body));
    }
}
