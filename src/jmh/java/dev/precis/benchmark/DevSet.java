package dev.precis.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.eval.InMemoryCorpus;
import dev.precis.summary.Summarizer;
import dev.precis.summary.TermStatistics;

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
        InMemoryCorpus corpus = new InMemoryCorpus(summarizer);
        for (Article a : articles) {
            corpus.add(a.title(), a.text());
        }
        return corpus;
    }
}
