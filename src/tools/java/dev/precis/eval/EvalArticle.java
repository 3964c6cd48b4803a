package dev.precis.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One article of an evaluation set (a JSON line): the input the summarizer gets, and the
 * reference it is scored against. {@code referenceOrdered} is the reference in article order where
 * the set has one (extractive references), otherwise the reference itself; {@code outlet} the
 * publication ({@code cnn}, {@code dm}) where the set names it, otherwise empty.
 */
public record EvalArticle(String id, String title, String text, int k, String reference, String referenceOrdered, String outlet) {

    public static List<EvalArticle> read(Path jsonl) {
        ObjectMapper mapper = new ObjectMapper();
        List<EvalArticle> articles = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = mapper.readTree(line);
                String reference = node.path("reference").asText();
                String ordered = node.hasNonNull("reference_ordered") ? node.get("reference_ordered").asText() : reference;
                articles.add(new EvalArticle(node.path("id").asText(), node.path("title").asText(""), node.path("text").asText(),
                        node.path("k").asInt(), reference, ordered, node.path("outlet").asText("")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read evaluation set " + jsonl, e);
        }
        return articles;
    }
}
