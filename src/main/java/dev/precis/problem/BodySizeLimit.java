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

    @ServerRequestFilter(preMatching = true)
    public void rejectDeclaredOversize(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return;
        }
        try {
            long length = Long.parseLong(declared.trim());
            if (length > maxBodySize()) {
                throw tooLarge();
            }
        } catch (NumberFormatException e) {
            // a malformed length is the HTTP server's to refuse
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new CountingStream(context.getInputStream()));
        return context.proceed();
    }

    private PayloadTooLargeException tooLarge() {
        return new PayloadTooLargeException("The request body is larger than the limit of " + maxBodySize() + " bytes");
    }

    private final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
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
            if (count > maxBodySize()) {
                throw tooLarge();
            }
        }
    }
}
