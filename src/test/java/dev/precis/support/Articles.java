package dev.precis.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Small articles for the API tests; each call can make its text unique. */
public final class Articles {

    public static final String STORM = "Storm Ellen brought winds of up to 100 mph to the west coast on Thursday, cutting power to 40,000 homes. "
            + "The Met Office issued an amber warning for the coast, saying the storm was the strongest of the year. "
            + "Engineers worked through the night to restore power to homes in the worst-hit towns. "
            + "Ferries between the islands were cancelled and several roads were closed by fallen trees. "
            + "Power companies said most homes would have power again by Friday evening.";

    private Articles() {
    }

    /** The storm article with a sentence that makes its text unlike any other. */
    public static String uniqueStory() {
        return STORM + " Reference " + UUID.randomUUID() + " was given to the incident.";
    }

    /** A news story of six paragraphs, with a quotation and a question (src/test/resources/page). */
    public static String harbourBridge() {
        try (InputStream in = Articles.class.getResourceAsStream("/page/harbour-bridge.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A made-up word no other test uses, which stemming leaves as it is: it ends in "q", which no
     * suffix rule of the Snowball stemmers (or of PostgreSQL's full-text search) removes.
     */
    public static String marker() {
        StringBuilder letters = new StringBuilder("zq");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 12).toCharArray()) {
            letters.append((char) ('a' + Character.digit(c, 16)));
        }
        return letters.append("zq").toString();
    }

    /** The words of {@link #longStory}: few enough that each recurs hundreds of times in a long text. */
    public static final List<String> LONG_STORY_WORDS = List.of("council", "harbour", "budget", "ferry", "storm", "bridge", "school",
            "teacher", "power", "engineer", "island", "road", "tree", "mayor", "vote", "debate", "spending", "plan", "critic", "week",
            "morning", "evening", "coast", "warning", "office", "company", "home", "town", "night", "report", "market", "price");

    /**
     * A text of nearly {@code length} characters in sentences of twelve of the {@link #LONG_STORY_WORDS},
     * opened by a sentence naming {@code reference}, which makes it unlike any other: the worst
     * case for ranking, since every word of a query of those words has hundreds of positions.
     */
    public static String longStory(String reference, int length) {
        Random random = new Random(reference.hashCode());
        StringBuilder text = new StringBuilder("Reference ").append(reference).append(" opens this record.");
        StringBuilder sentence = new StringBuilder();
        for (int n = 0; ; n++) {
            sentence.setLength(0);
            sentence.append(n % 8 == 0 ? "\n\n" : " ");
            for (int i = 0; i < 12; i++) {
                String word = LONG_STORY_WORDS.get(random.nextInt(LONG_STORY_WORDS.size()));
                sentence.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(i == 11 ? "." : " ");
            }
            if (text.length() + sentence.length() > length) {
                return text.toString();
            }
            text.append(sentence);
        }
    }

    public static String json(String text) {
        return "{\"text\": \"" + text.replace("\"", "\\\"") + "\"}";
    }
}
