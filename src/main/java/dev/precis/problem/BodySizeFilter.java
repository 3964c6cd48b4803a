package dev.precis.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.precis.PrecisConfig;

/**
 * Rejects a body whose declared length is over the limit before anything reads it, so the client
 * gets a problem document rather than a bare 413. Bodies sent without a length are capped by the
 * HTTP server's own limit, which is set to the same value.
 */
public class BodySizeFilter {

    private final long maxBodySize;

    BodySizeFilter(PrecisConfig config) {
        this.maxBodySize = config.limits().maxBodySize().asLongValue();
    }

    @ServerRequestFilter(preMatching = true)
    public void rejectOversizedBody(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return;
        }
        long length;
        try {
            length = Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return;
        }
        if (length > maxBodySize) {
            throw new PayloadTooLargeException("The request body is " + length + " bytes; the limit is " + maxBodySize + " bytes");
        }
    }
}
