package dev.precis.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Opens model and word-list files by their resource name. The class-path model finder of OpenNLP
 * scans jar manifests and finds nothing in the packaged application or a native image, so every
 * file is named explicitly and read through the class loader that holds it.
 */
final class ModelResources {

    private ModelResources() {
    }

    static InputStream open(String resourceName) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resourceName);
        if (in == null) {
            in = ModelResources.class.getClassLoader().getResourceAsStream(resourceName);
        }
        if (in == null) {
            throw new UncheckedIOException(new IOException("Resource not found on the class path: " + resourceName));
        }
        return in;
    }
}
