package dev.precis.problem;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.precis.PrecisConfig;

/**
 * Enforces {@code precis.limits.max-body-size} with a problem document as the answer: a declared
 * length over the limit is refused before anything is read, and a body sent without a length is
 * counted while it is read. The HTTP server's own cap sits above this limit as a last guard.
 */
@Provider
public class BodySizeLimit implements ReaderInterceptor {

    // providers are created while the application initializes, before configuration mappings
    // can be read: the limit is looked up on first use
    private final Instance<PrecisConfig> config;
    private volatile long maxBodySize = -1;
    private volatile long maxBatchBodySize = -1;
    private static final String LIMIT_PROPERTY = "precis.body-size-limit";
    private static final String BATCH_PATH = "/api/v1/articles/batch";

    BodySizeLimit(Instance<PrecisConfig> config) {
        this.config = config;
    }

    private long maxBodySize() {
        long limit = maxBodySize;
        if (limit < 0) {
            limit = config.get().limits().maxBodySize().asLongValue();
            maxBodySize = limit;
        }
        return limit;
    }

    /** A batch carries many articles: it has a limit of its own ({@code precis.batch.max-body-size}). */
    private long maxBodySize(String path) {
        if (path != null && path.startsWith(BATCH_PATH) && path.length() <= BATCH_PATH.length() + 1) {
            long limit = maxBatchBodySize;
            if (limit < 0) {
                limit = config.get().batch().maxBodySize().asLongValue();
                maxBatchBodySize = limit;
            }
            return limit;
        }
        return maxBodySize();
    }

    @ServerRequestFilter(preMatching = true)
    public void rejectDeclaredOversize(ContainerRequestContext request) {
        long limit = maxBodySize(request.getUriInfo().getPath());
        request.setProperty(LIMIT_PROPERTY, limit);
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return;
        }
        try {
            long length = Long.parseLong(declared.trim());
            if (length > limit) {
                throw tooLarge(limit);
            }
        } catch (NumberFormatException e) {
            // a malformed length is the HTTP server's to refuse
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object limit = context.getProperty(LIMIT_PROPERTY);
        context.setInputStream(new CountingStream(context.getInputStream(), limit instanceof Long l ? l : maxBodySize()));
        return context.proceed();
    }

    private static PayloadTooLargeException tooLarge(long limit) {
        return new PayloadTooLargeException("The request body is larger than the limit of " + limit + " bytes");
    }

    private static final class CountingStream extends FilterInputStream {
        private final long limit;
        private long count;

        CountingStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) {
            count += n;
            if (count > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
