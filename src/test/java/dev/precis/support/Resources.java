package dev.precis.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Test files under src/test/resources. */
public final class Resources {

    private Resources() {
    }

    public static String read(String name) {
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The budget page with a closing paragraph that makes its text unlike any other. */
    public static String uniqueBudgetPage() {
        return read("/html/budget-vote.html").replace("</article>",
                "<p>The council filed the vote under reference " + UUID.randomUUID() + " in its records.</p></article>");
    }
}
