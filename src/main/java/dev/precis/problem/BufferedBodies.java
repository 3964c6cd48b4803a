package dev.precis.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Request bodies are read whole on the I/O threads, without blocking, before a worker thread takes
 * the request. Quarkus REST would otherwise read the body of a blocking endpoint on the worker
 * thread, which then waits for every byte: a few hundred clients that send their bodies slowly
 * would hold every worker thread, and with them every request, health checks included. Now a slow
 * client holds a connection and the bytes it sent so far, no more than the server's own cap
 * ({@code quarkus.http.limits.max-body-size}); the service's smaller limits still apply after.
 */
@ApplicationScoped
class BufferedBodies {

    void readBodiesBeforeDispatch(@Observes Router router, VertxHttpConfig http) {
        BodyHandler bodies = BodyHandler.create(false).setHandleFileUploads(false);
        http.limits().maxBodySize().ifPresent(cap -> bodies.setBodyLimit(cap.asLongValue()));
        router.route().order(Integer.MIN_VALUE).handler(request -> {
            // Quarkus REST cannot take an HTTP/2 request whose body was read before it (it pauses
            // the request, which HTTP/2 refuses once the body has ended); the service speaks
            // HTTP/1.1 (quarkus.http.http2=false), so this is only a guard
            if (request.request().version() != HttpVersion.HTTP_2 && hasBody(request.request())) {
                bodies.handle(request);
            } else {
                request.next();
            }
        });
    }

    /** Whether a body follows the headers: an empty one is left to Quarkus REST, which reads it at once. */
    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return length != null ? !length.trim().equals("0") : request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }
}
