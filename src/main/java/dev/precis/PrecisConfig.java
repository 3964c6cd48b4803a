package dev.precis;

import jakarta.validation.constraints.Min;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings, under {@code precis.*} (env: {@code PRECIS_*}). */
@ConfigMapping(prefix = "precis")
public interface PrecisConfig {

    Summary summary();

    Limits limits();

    Pages pages();

    Corpus corpus();

    Auth auth();

    LanguageSettings language();

    Batch batch();

    Events events();

    Stories stories();

    interface Stories {
        /** The estimated Jaccard similarity of two texts' 5-word shingles from which the later is a near copy of the earlier. */
        @WithDefault("0.8")
        double nearCopyThreshold();

        /** The cosine similarity between an article's profile and a story's centroid from which the article joins the story. */
        @WithDefault("0.18")
        double threshold();

        /**
         * The longest a story stays open after its latest article (an article joins only stories open at its time), and the
         * prior of a story's pace: one article per window.
         */
        @WithDefault("P60D")
        java.time.Duration window();

        /**
         * How many articles a silence may have missed, at the story's own pace, before the story closes: at 3, a silence that
         * pace brings about with less than e^-3 (5%) probability.
         */
        @WithDefault("3")
        double missedArticles();

        /** The most articles a story's summary draws on: its latest originals (near copies add nothing to it). */
        @WithDefault("50")
        int summaryArticles();

        /** How many story summaries a replica keeps (each under its story's version), least recently used dropped first. */
        @WithDefault("500")
        int summaryCacheSize();

        /** The most articles a story's detail lists, newest first (its size counts them all). */
        @WithDefault("100")
        int maxArticles();

        /**
         * How often a replica looks for stored articles waiting for their story; it then places all of them, a batch at a
         * time, before it waits again.
         */
        @WithDefault("1s")
        java.time.Duration assignInterval();

        /** The most waiting articles placed in one transaction. */
        @WithDefault("500")
        int assignBatch();
    }

    interface Batch {
        /** The most articles one batch request may carry. */
        @WithDefault("100")
        int maxItems();

        /** Largest body of a batch request; larger ones get 413 (a single article has {@code limits.max-body-size}). */
        @WithDefault("10M")
        MemorySize maxBodySize();

        /** The most batches a replica writes at once. */
        @WithDefault("2")
        @Min(1)
        int maxConcurrent();

        /** The most batches that wait for their turn; another one meanwhile gets 503 with Retry-After. */
        @WithDefault("8")
        @Min(0)
        int maxWaiting();

        /** How long a batch waits for its turn before it gets 503 with Retry-After. */
        @WithDefault("10s")
        java.time.Duration maxWait();
    }

    interface Events {
        /** Whether stored, updated and deleted articles are published to the message broker. */
        @WithDefault("false")
        boolean enabled();

        /** How often the relay publishes the events waiting in the outbox. */
        @WithDefault("1s")
        java.time.Duration relayInterval();

        /** The most events the relay sends before awaiting their confirmations; a run takes batch after batch while full ones come. */
        @WithDefault("1000")
        int relayBatchSize();

        /** How long the relay waits for the broker's next confirmation before it stops and tries again on a later run. */
        @WithDefault("5s")
        java.time.Duration publishTimeout();

        /** How long published events stay in the outbox (for inspection) before they are removed. */
        @WithDefault("P7D")
        java.time.Duration retention();
    }

    interface LanguageSettings {
        /** Language of a text whose language cannot be detected (ISO 639-1). */
        @WithDefault("en")
        String fallback();
    }

    interface Summary {
        /** Sentences in a summary when the request names no length. */
        @WithDefault("3")
        int defaultSentences();

        /**
         * The most sentences a request may ask for, and the most any summary holds: a {@code ratio}
         * or {@code maxWords} summary of a longer text stops there.
         */
        @WithDefault("100")
        int maxSentences();

        /** Keywords returned when the request names no count. */
        @WithDefault("5")
        int defaultKeywords();

        /** The most keywords a request may ask for. */
        @WithDefault("50")
        int maxKeywords();
    }

    interface Limits {
        /** Largest request body accepted; larger ones get 413. */
        @WithDefault("1M")
        MemorySize maxBodySize();

        /** Longest article text, in characters. */
        @WithDefault("200000")
        int maxTextLength();
    }

    interface Auth {
        /** Whether API keys are required (true in production, false in dev and test). */
        @WithDefault("true")
        boolean enabled();

        /**
         * Accepted keys, each {@code scope:sha256-hex-of-the-key} with scope {@code read},
         * {@code write} or {@code admin}; only hashes are ever configured.
         */
        java.util.Optional<java.util.List<String>> keys();

        /** Whether reading (and summarizing without storing) also needs a key with the read scope. */
        @WithDefault("false")
        boolean readRequiresKey();
    }

    interface Corpus {
        /** How often pending corpus changes are added into the term statistics. */
        @WithDefault("1s")
        java.time.Duration foldInterval();

        /** How long a replica keeps the term document frequencies it read before reading them again. */
        @WithDefault("10s")
        java.time.Duration cacheTtl();

        /** How many terms' document frequencies a replica keeps, for each language. */
        @WithDefault("200000")
        long cacheSize();
    }

    interface Pages {
        @WithDefault("20")
        int defaultLimit();

        @WithDefault("100")
        int maxLimit();

        /**
         * The most bytes one page of a list answers (and reads from the database): a page of long
         * articles or summaries ends early, with a cursor to the rest.
         */
        @WithDefault("1000000")
        MemorySize maxBytes();
    }
}
