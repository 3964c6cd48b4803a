package dev.precis.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.stories.ArticleProfile;
import dev.precis.stories.ArticleProfiler;
import dev.precis.stories.StoryOptions;
import dev.precis.summary.Algorithm;
import dev.precis.summary.MultiDocumentSummarizer;
import dev.precis.summary.Summarizer;
import dev.precis.summary.SummaryOptions;
import dev.precis.summary.SummaryResult;
import dev.precis.summary.TermStatistics;
import dev.precis.text.Language;

/**
 * Writes everything the engine says about a fixed set of texts into one file, so that a change
 * meant to make the engine faster without changing a decision can be checked byte for byte: run
 * it on the code before and after and compare the two files ({@code cmp}). For every article of
 * the evaluation sets and every test text: the full result of every algorithm under a range of
 * options (sentence counts, ratio, word budget, what to avoid, keywords, with and without title and
 * corpus), the document terms, the detected language, the story profile; and the multi-document
 * summaries of the multi-document set.
 * <p>
 * {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=dev.precis.eval.OutputDump -Dexec.args="target/outputs.txt"}
 * (optional further argument: how many articles of the large set; all by default).
 */
public final class OutputDump {

    private static final Path EVAL = Path.of("src/test/resources/eval");
    private static final Path SHARED = Path.of("../shared/eval");

    private final Summarizer summarizer = new Summarizer();
    private final ArticleProfiler profiler = new ArticleProfiler(summarizer.models());
    private final BufferedWriter out;

    private OutputDump(BufferedWriter out) {
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "target/outputs.txt");
        int large = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            OutputDump dump = new OutputDump(out);
            dump.set("bbc100", EvalArticle.read(EVAL.resolve("bbc100.jsonl")));
            dump.set("cnndm100", EvalArticle.read(EVAL.resolve("cnndm100.jsonl")));
            List<EvalArticle> largeSet = EvalArticle.read(SHARED.resolve("cnndm-large.jsonl"));
            dump.set("cnndm-large", largeSet.subList(0, Math.min(large, largeSet.size())));
            dump.set("stories-dev", stories());
            dump.set("test texts", testTexts());
            dump.multiDocument();
        }
    }

    private void set(String name, List<EvalArticle> articles) throws IOException {
        InMemoryCorpus corpus = new InMemoryCorpus(summarizer);
        for (EvalArticle a : articles) {
            corpus.add(a.title(), a.text());
        }
        List<SummaryOptions> options = new ArrayList<>();
        options.add(SummaryOptions.ofSentences(3).withKeywords(5));
        options.add(SummaryOptions.ofSentences(1).withKeywords(0));
        options.add(SummaryOptions.ofSentences(7).withKeywords(12).avoiding(true, true));
        options.add(new SummaryOptions(null, 0.3, null, Algorithm.DEFAULT, false, false, 3));
        options.add(new SummaryOptions(null, null, 80, Algorithm.DEFAULT, true, false, 40));
        options.add(new SummaryOptions(null, 1.0, null, Algorithm.DEFAULT, false, true, 5));
        for (EvalArticle a : articles) {
            String id = name + " " + a.id();
            line(id + " language " + summarizer.detectLanguage(a.text()).map(Language::code));
            Language language = summarizer.detectLanguage(a.text()).orElse(summarizer.fallbackLanguage());
            line(id + " terms " + summarizer.documentTerms(a.title(), a.text(), language));
            line(id + " terms untitled " + summarizer.documentTerms(null, a.text(), null));
            ArticleProfile profile = profiler.profile(a.title(), a.text(), language, corpus, StoryOptions.DEFAULT);
            StringBuilder p = new StringBuilder();
            for (int i = 0; i < profile.size(); i++) {
                p.append(profile.term(i)).append('=').append(profile.weight(i)).append(' ');
            }
            line(id + " profile " + p);
            for (Algorithm algorithm : Algorithm.values()) {
                List<SummaryOptions> all = new ArrayList<>(options);
                all.add(SummaryOptions.ofSentences(Math.max(1, a.k())).withKeywords(5));
                for (int o = 0; o < all.size(); o++) {
                    SummaryOptions opt = all.get(o).withAlgorithm(algorithm);
                    line(id + " " + algorithm.id() + " " + o + " titled " + show(summarizer.summarize(a.title(), a.text(), opt, corpus)));
                    if (o == 0 || o == all.size() - 1) {
                        line(id + " " + algorithm.id() + " " + o + " untitled " + show(summarizer.summarize(null, a.text(), opt, corpus)));
                        line(id + " " + algorithm.id() + " " + o + " no corpus " + show(summarizer.summarize(a.title(), a.text(), opt, TermStatistics.NONE)));
                    }
                }
            }
        }
    }

    private static String show(SummaryResult r) {
        // the record's own text, with the cleaning counts in a fixed order
        return r.toString() + " cleaning=" + new TreeMap<>(r.cleaning());
    }

    private void multiDocument() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        MultiDocumentSummarizer mds = new MultiDocumentSummarizer(summarizer);
        for (String line : Files.readAllLines(SHARED.resolve("mds-dev.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = mapper.readTree(line);
            List<MultiDocumentSummarizer.Document> documents = new ArrayList<>();
            InMemoryCorpus corpus = new InMemoryCorpus(summarizer);
            for (JsonNode d : node.path("documents")) {
                documents.add(new MultiDocumentSummarizer.Document(d.path("id").asText(), d.path("title").asText(null), d.path("text").asText(),
                        Instant.EPOCH.plusSeconds(documents.size() * 3600L)));
                corpus.add(d.path("title").asText(null), d.path("text").asText());
            }
            String id = "mds " + node.path("id").asText();
            line(id + " 5 " + mds.summarize(documents, MultiDocumentSummarizer.Options.ofSentences(5), corpus));
            line(id + " 150w " + mds.summarize(documents, MultiDocumentSummarizer.Options.ofWords(150), TermStatistics.NONE));
        }
    }

    /** The story set's reports, untitled, as articles. */
    private static List<EvalArticle> stories() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<EvalArticle> articles = new ArrayList<>();
        for (String line : Files.readAllLines(SHARED.resolve("stories-dev.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode node = mapper.readTree(line);
                articles.add(new EvalArticle(node.path("id").asText(), node.path("title").asText(""), node.path("text").asText(), 3, "", "", ""));
            }
        }
        return articles;
    }

    /** Every text file of the test resources (the languages, scraped pages, HTML extracts). */
    private static List<EvalArticle> testTexts() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("src/test/resources"))) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<EvalArticle> articles = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            articles.add(new EvalArticle(file.toString(), "", text, 2, "", "", ""));
        }
        return articles;
    }

    private void line(String s) {
        try {
            out.write(s.replace("\n", "\\n"));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
