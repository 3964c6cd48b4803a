package dev.precis.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.summary.Summarizer;
import dev.precis.summary.TermStatistics;
import dev.precis.text.Language;

/**
 * The articles every benchmark summarizes: the two development sets (200 news articles of about
 * 2,000 to 4,500 characters), and longer articles made by joining consecutive ones.
 */
final class DevSet {

    /** An article as a request submits it. */
    record Article(String title, String text) {
    }

    static final List<String> SETS = List.of("eval/bbc100.jsonl", "eval/cnndm100.jsonl");

    private DevSet() {
    }

    /** The development sets' articles, in file order. */
    static List<Article> articles() {
        ObjectMapper mapper = new ObjectMapper();
        List<Article> articles = new ArrayList<>();
        for (String set : SETS) {
            InputStream in = DevSet.class.getClassLoader().getResourceAsStream(set);
            if (in == null) {
                throw new IllegalStateException("No " + set + " on the class path (src/test/resources)");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isBlank()) {
                        JsonNode node = mapper.readTree(line);
                        articles.add(new Article(node.path("title").asText(""), node.path("text").asText()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return articles;
    }

    /**
     * Articles {@code times} as long: each joins {@code times} consecutive articles (wrapping
     * around) with a paragraph break, under the title of the first. Every one is different.
     */
    static List<Article> joined(List<Article> articles, int times) {
        if (times == 1) {
            return articles;
        }
        List<Article> joined = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            StringBuilder text = new StringBuilder();
            for (int j = 0; j < times; j++) {
                if (j > 0) {
                    text.append("\n\n");
                }
                text.append(articles.get((i + j) % articles.size()).text());
            }
            joined.add(new Article(articles.get(i).title(), text.toString()));
        }
        return joined;
    }

    /**
     * Document frequencies as if the articles had been stored, per detected language, the way the
     * service's corpus statistics count them; held in memory, so a benchmark measures the engine
     * and not the database.
     */
    static TermStatistics corpus(Summarizer summarizer, List<Article> articles) {
        Map<String, Map<String, Long>> frequencies = new HashMap<>();
        Map<String, Long> documents = new HashMap<>();
        for (Article a : articles) {
            Language language = summarizer.detectLanguage(a.text()).orElse(summarizer.fallbackLanguage());
            documents.merge(language.code(), 1L, Long::sum);
            Map<String, Long> counts = frequencies.computeIfAbsent(language.code(), code -> new HashMap<>());
            for (String term : summarizer.documentTerms(a.title(), a.text(), language)) {
                counts.merge(term, 1L, Long::sum);
            }
        }
        return (String language, Collection<String> terms) -> {
            Map<String, Long> counts = frequencies.getOrDefault(language, Map.of());
            Map<String, Long> found = new HashMap<>();
            for (String t : terms) {
                Long df = counts.get(t);
                if (df != null) {
                    found.put(t, df);
                }
            }
            return new TermStatistics.Snapshot(documents.getOrDefault(language, 0L), found);
        };
    }
}
