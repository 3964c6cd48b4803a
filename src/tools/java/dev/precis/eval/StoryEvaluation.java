package dev.precis.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.stories.ArticleProfiler;
import dev.precis.stories.CandidateRule;
import dev.precis.stories.NearCopies;
import dev.precis.stories.NearCopySignature;
import dev.precis.stories.StoryIndex;
import dev.precis.stories.StoryOptions;
import dev.precis.summary.MultiDocumentSummarizer;
import dev.precis.summary.MultiDocumentSummary;
import dev.precis.summary.Summarizer;
import dev.precis.text.Language;

/**
 * Scores stories, near copies and story summaries on the shared sets (see their README):
 * <ul>
 * <li>{@code stories-dev.jsonl} is fed in date order, one article at a time, as an aggregator
 * stores it: near copies found among the articles before it, the article profiled with document
 * frequencies of the articles before it, then assigned to a story. Stories are scored with extended
 * B-cubed precision, recall and F1 (Amigó et al. 2009), near copies by precision and recall over
 * the pairs of articles that share a {@code dup_group}.</li>
 * <li>{@code mds-dev.jsonl}: a summary of each cluster of at most 250 words, ROUGE-1 and ROUGE-2
 * recall and F1 against each reference, averaged over references, then over clusters; the lead
 * baseline of the README (first sentences of the articles in date order, then the second ones, up
 * to the limit) next to the multi-document summarizer.</li>
 * </ul>
 * {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=dev.precis.eval.StoryEvaluation} prints the
 * figures; {@code -Dexec.args=--sensitivity} adds the tables of each parameter around its setting,
 * {@code --halves} the stories scored on random halves of the stream's stories.
 * The sets are read from {@code ../shared/eval/} (or the folder given as an argument).
 */
public final class StoryEvaluation {

    /** One article of the labelled stream. */
    public record StreamArticle(String id, Instant time, String text, Set<String> topics, String dupGroup) {
    }

    /** One cluster of the multi-document set: its articles in date order and its human summaries. */
    public record Cluster(String id, List<MultiDocumentSummarizer.Document> documents, List<String> references, int words) {
    }

    /** Figures of one pass over the stream. */
    public record StreamScores(double precision, double recall, double f1, int stories, double copyPrecision, double copyRecall,
            int copyPairs) {
    }

    /** ROUGE figures of one summarizer over the clusters (recall and F1, 0 to 1). */
    public record SummaryScores(double r1Recall, double r1F1, double r2Recall, double r2F1) {
    }

    private final Summarizer summarizer;
    private final ArticleProfiler profiler;

    public StoryEvaluation(Summarizer summarizer) {
        this.summarizer = summarizer;
        this.profiler = new ArticleProfiler(summarizer.models());
    }

    /** Feeds the stream in its order and scores the stories and the near copies found, with the service's candidate rule. */
    public StreamScores run(List<StreamArticle> stream, StoryOptions options, double copyThreshold) {
        return run(stream, options, CandidateRule.DEFAULT, copyThreshold);
    }

    /** Feeds the stream in its order and scores the stories and the near copies found. */
    public StreamScores run(List<StreamArticle> stream, StoryOptions options, CandidateRule rule, double copyThreshold) {
        InMemoryCorpus corpus = new InMemoryCorpus(summarizer);
        NearCopies copies = new NearCopies(copyThreshold);
        StoryIndex stories = new StoryIndex(options, rule);
        long[] story = new long[stream.size()];
        String[] original = new String[stream.size()];
        for (int i = 0; i < stream.size(); i++) {
            StreamArticle a = stream.get(i);
            Language language = summarizer.detectLanguage(a.text()).orElse(summarizer.fallbackLanguage());
            String copyOf = copies.add(a.id(), NearCopySignature.of(a.text())).orElse(null);
            original[i] = copyOf == null ? a.id() : copyOf;
            story[i] = stories.assign(a.id(), profiler.profile(null, a.text(), language, corpus, options), a.time(), copyOf).storyId();
            corpus.add(null, a.text());
        }
        List<Set<String>> labels = stream.stream().map(StreamArticle::topics).toList();
        double[] b3 = extendedBCubed(labels, story);
        int together = 0;
        int labelled = 0;
        int found = 0;
        for (int i = 0; i < stream.size(); i++) {
            for (int j = 0; j < i; j++) {
                boolean same = stream.get(i).dupGroup().equals(stream.get(j).dupGroup());
                boolean linked = original[i].equals(original[j]);
                labelled += same ? 1 : 0;
                found += linked ? 1 : 0;
                together += same && linked ? 1 : 0;
            }
        }
        return new StreamScores(b3[0], b3[1], b3[2], stories.storyCount(), found == 0 ? 1 : together / (double) found,
                labelled == 0 ? 1 : together / (double) labelled, labelled);
    }

    /**
     * Extended B-cubed of a hard clustering against labels that may be several per item (Amigó et
     * al. 2009), read as the set's README reads it: two items belong together when they share a
     * label, so an item of two stories may be with either. Precision of an item: the share of the
     * items in its cluster (itself included) that share a label with it; recall: the share of the
     * items sharing a label with it that are in its cluster. Averaged over items; returns P, R, F1.
     */
    static double[] extendedBCubed(List<Set<String>> labels, long[] clusters) {
        int n = clusters.length;
        double precision = 0;
        double recall = 0;
        for (int i = 0; i < n; i++) {
            int inCluster = 0;
            int together = 0;
            int both = 0;
            for (int j = 0; j < n; j++) {
                boolean sameCluster = clusters[i] == clusters[j];
                boolean shareLabel = labels.get(i).stream().anyMatch(labels.get(j)::contains);
                inCluster += sameCluster ? 1 : 0;
                together += shareLabel ? 1 : 0;
                both += sameCluster && shareLabel ? 1 : 0;
            }
            precision += both / (double) inCluster;
            recall += together == 0 ? 1 : both / (double) together;
        }
        precision /= n;
        recall /= n;
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new double[] {precision, recall, f1};
    }

    /** Scores summaries made by {@code summarize} (cluster → text), cut to the cluster's word limit. */
    public static SummaryScores score(List<Cluster> clusters, Function<Cluster, String> summarize) {
        double r1r = 0;
        double r1f = 0;
        double r2r = 0;
        double r2f = 0;
        for (Cluster c : clusters) {
            String summary = firstWords(summarize.apply(c), c.words());
            double a = 0;
            double b = 0;
            double d = 0;
            double e = 0;
            for (String reference : c.references()) {
                Rouge.Score r1 = Rouge.rouge1(reference, summary);
                Rouge.Score r2 = Rouge.rouge2(reference, summary);
                a += r1.recall();
                b += r1.f1();
                d += r2.recall();
                e += r2.f1();
            }
            int refs = Math.max(1, c.references().size());
            r1r += a / refs;
            r1f += b / refs;
            r2r += d / refs;
            r2f += e / refs;
        }
        int n = Math.max(1, clusters.size());
        return new SummaryScores(r1r / n, r1f / n, r2r / n, r2f / n);
    }

    /** The text cut after its first {@code limit} words (runs of non-space characters). */
    static String firstWords(String text, int limit) {
        String[] words = text.trim().split("\\s+");
        if (words.length <= limit) {
            return text.trim();
        }
        return String.join(" ", java.util.Arrays.copyOf(words, limit));
    }

    /** The README's lead baseline: first sentences of the articles in date order, then the second ones, and so on, to the limit. */
    public String lead(Cluster cluster) {
        List<List<String>> sentences = new ArrayList<>();
        for (MultiDocumentSummarizer.Document d : cluster.documents()) {
            Language language = summarizer.detectLanguage(d.text()).orElse(summarizer.fallbackLanguage());
            sentences.add(summarizer.models().analyzer(language).sentences(d.text()).stream().map(s -> s.text()).toList());
        }
        StringBuilder summary = new StringBuilder();
        int words = 0;
        for (int position = 0; words < cluster.words(); position++) {
            boolean any = false;
            for (List<String> doc : sentences) {
                if (position < doc.size() && words < cluster.words()) {
                    any = true;
                    summary.append(summary.length() > 0 ? " " : "").append(doc.get(position));
                    words += doc.get(position).trim().split("\\s+").length;
                }
            }
            if (!any) {
                break;
            }
        }
        return summary.toString();
    }

    public static List<StreamArticle> readStream(Path jsonl) {
        List<StreamArticle> stream = new ArrayList<>();
        for (JsonNode node : readLines(jsonl)) {
            Set<String> topics = new LinkedHashSet<>();
            node.path("topics").forEach(t -> topics.add(t.asText()));
            stream.add(new StreamArticle(node.path("id").asText(), day(node.path("date").asText()), node.path("text").asText(), topics,
                    node.path("dup_group").asText()));
        }
        return stream;
    }

    public static List<Cluster> readClusters(Path jsonl) {
        List<Cluster> clusters = new ArrayList<>();
        for (JsonNode node : readLines(jsonl)) {
            List<MultiDocumentSummarizer.Document> documents = new ArrayList<>();
            for (JsonNode d : node.path("documents")) {
                documents.add(new MultiDocumentSummarizer.Document(d.path("id").asText(), d.path("title").asText(""),
                        d.path("text").asText(), day(d.path("date").asText())));
            }
            List<String> references = new ArrayList<>();
            node.path("references").forEach(r -> references.add(r.asText()));
            clusters.add(new Cluster(node.path("id").asText(), documents, references, node.path("length_limit").path("words").asInt(250)));
        }
        return clusters;
    }

    private static Instant day(String date) {
        return LocalDate.parse(date.substring(0, 10)).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static List<JsonNode> readLines(Path jsonl) {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> nodes = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    nodes.add(mapper.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read evaluation set " + jsonl, e);
        }
        return nodes;
    }

    public static void main(String[] args) {
        boolean sensitivity = false;
        boolean halves = false;
        boolean candidates = false;
        Path dir = Path.of("..", "shared", "eval");
        for (String arg : args) {
            if (arg.equals("--sensitivity")) {
                sensitivity = true;
            } else if (arg.equals("--halves")) {
                halves = true;
            } else if (arg.equals("--candidates")) {
                candidates = true;
            } else {
                dir = Path.of(arg);
            }
        }
        Path streamFile = dir.resolve("stories-dev.jsonl");
        Path clusterFile = dir.resolve("mds-dev.jsonl");
        if (!Files.isRegularFile(streamFile) || !Files.isRegularFile(clusterFile)) {
            throw new IllegalArgumentException("No stories-dev.jsonl and mds-dev.jsonl in " + dir.toAbsolutePath().normalize());
        }
        Summarizer summarizer = new Summarizer();
        StoryEvaluation evaluation = new StoryEvaluation(summarizer);
        List<StreamArticle> stream = readStream(streamFile);
        StoryOptions options = StoryOptions.DEFAULT;
        double copyThreshold = NearCopySignature.DEFAULT_THRESHOLD;
        StreamScores s = evaluation.run(stream, options, copyThreshold);
        System.out.printf(Locale.ROOT, "stories-dev (%d articles): stories B3 P %.3f  R %.3f  F1 %.3f  (%d stories; candidates as the service "
                + "finds them, %s)%n", stream.size(), s.precision(), s.recall(), s.f1(), s.stories(), CandidateRule.DEFAULT);
        StreamScores every = evaluation.run(stream, options, CandidateRule.ALL, copyThreshold);
        System.out.printf(Locale.ROOT, "  with every story sharing a term as a candidate: B3 P %.3f  R %.3f  F1 %.3f  (%d stories)%n",
                every.precision(), every.recall(), every.f1(), every.stories());
        System.out.printf(Locale.ROOT, "near copies (>= %.2f estimated Jaccard): pair P %.3f  R %.3f  (%d labelled pairs)%n",
                copyThreshold, s.copyPrecision(), s.copyRecall(), s.copyPairs());
        if (halves) {
            evaluation.halves(stream, options, copyThreshold);
        }
        if (candidates) {
            evaluation.candidateRules(stream, options, copyThreshold);
        }
        List<Cluster> clusters = readClusters(clusterFile);
        MultiDocumentSummarizer mds = new MultiDocumentSummarizer(summarizer);
        InMemoryCorpus corpus = new InMemoryCorpus(summarizer);
        for (Cluster c : clusters) {
            for (MultiDocumentSummarizer.Document d : c.documents()) {
                corpus.add(d.title(), d.text());
            }
        }
        System.out.println("mds-dev at 250 words, ROUGE x100 | R1 recall | R1 F1 | R2 recall | R2 F1");
        print("lead (first sentences in date order)", score(clusters, evaluation::lead));
        print("multi-document summary", score(clusters,
                c -> mds.summarize(c.documents(), MultiDocumentSummarizer.Options.ofWords(c.words()), corpus).text()));
        if (sensitivity) {
            evaluation.sensitivity(stream, options, copyThreshold);
            summarySensitivity(summarizer, clusters, corpus);
        }
    }

    /** ROUGE of the multi-document summary with one setting moved around its value, the others held. */
    private static void summarySensitivity(Summarizer summarizer, List<Cluster> clusters, InMemoryCorpus corpus) {
        MultiDocumentSummarizer.Settings set = MultiDocumentSummarizer.Settings.DEFAULT;
        List<MultiDocumentSummarizer.Settings> variants = new ArrayList<>();
        for (double decay : new double[] {0, 0.5, 1, 1.5, 2}) {
            variants.add(new MultiDocumentSummarizer.Settings(decay, set.redundancy(), set.minWords()));
        }
        for (double redundancy : new double[] {0.3, 0.4, 0.6, 0.7}) {
            variants.add(new MultiDocumentSummarizer.Settings(set.positionDecay(), redundancy, set.minWords()));
        }
        for (int minWords : new int[] {0, 5, 12}) {
            variants.add(new MultiDocumentSummarizer.Settings(set.positionDecay(), set.redundancy(), minWords));
        }
        System.out.println("| positionDecay | redundancy | minWords | R1 recall | R1 F1 | R2 recall | R2 F1 |");
        for (MultiDocumentSummarizer.Settings settings : variants) {
            MultiDocumentSummarizer mds = new MultiDocumentSummarizer(summarizer, settings);
            SummaryScores s = score(clusters, c -> mds.summarize(c.documents(), MultiDocumentSummarizer.Options.ofWords(c.words()), corpus).text());
            System.out.printf(Locale.ROOT, "| %s | %s | %d%s | %.1f | %.1f | %.1f | %.1f |%n", settings.positionDecay(), settings.redundancy(),
                    settings.minWords(), settings.equals(set) ? " (set)" : "", 100 * s.r1Recall(), 100 * s.r1F1(), 100 * s.r2Recall(),
                    100 * s.r2F1());
        }
    }

    private static void print(String name, SummaryScores s) {
        System.out.printf(Locale.ROOT, "%s | %.1f | %.1f | %.1f | %.1f%n", name, 100 * s.r1Recall(), 100 * s.r1F1(), 100 * s.r2Recall(),
                100 * s.r2F1());
    }

    /** The settings before stories closed at their own pace: threshold 0.15, a 30-day window alone. */
    /** Each bound of the service's candidate rule moved, the others at their settings. */
    void candidateRules(List<StreamArticle> stream, StoryOptions options, double copyThreshold) {
        CandidateRule set = CandidateRule.DEFAULT;
        Map<String, List<CandidateRule>> variants = new LinkedHashMap<>();
        variants.put("articleTerms", java.util.stream.IntStream.of(3, 5, 10, 20, 100).mapToObj(set::withArticleTerms).toList());
        variants.put("storyTerms", java.util.stream.IntStream.of(5, 10, 20, 40, 100).mapToObj(set::withStoryTerms).toList());
        variants.put("perTerm", java.util.stream.IntStream.of(1, 3, 10, 50).mapToObj(set::withPerTerm).toList());
        variants.put("shortlist", java.util.stream.IntStream.of(1, 2, 4, 8, 100).mapToObj(set::withShortlist).toList());
        for (Map.Entry<String, List<CandidateRule>> e : variants.entrySet()) {
            System.out.println("| " + e.getKey() + " | B3 P | B3 R | B3 F1 | stories |");
            for (CandidateRule rule : e.getValue()) {
                StreamScores s = run(stream, options, rule, copyThreshold);
                int value = switch (e.getKey()) {
                    case "articleTerms" -> rule.articleTerms();
                    case "storyTerms" -> rule.storyTerms();
                    case "perTerm" -> rule.perTerm();
                    default -> rule.shortlist();
                };
                System.out.printf(Locale.ROOT, "| %d%s | %.3f | %.3f | %.3f | %d |%n", value, rule.equals(set) ? " (set)" : "",
                        s.precision(), s.recall(), s.f1(), s.stories());
            }
        }
    }

    static final StoryOptions WINDOW_ONLY = new StoryOptions(0.15, Duration.ofDays(30), 2, 2.0, 100, Double.POSITIVE_INFINITY);

    /**
     * B-cubed F1 on random halves of the stream's stories (each article kept when all its stories
     * are drawn; document frequencies and near copies from the kept articles alone), so that a
     * setting is not judged on a few decisions of one stream: the window alone as it was, the
     * settings' window without the pace, and the settings.
     */
    private void halves(List<StreamArticle> stream, StoryOptions options, double copyThreshold) {
        List<String> stories = stream.stream().flatMap(a -> a.topics().stream()).distinct().sorted().collect(java.util.stream.Collectors.toList());
        java.util.Random random = new java.util.Random(7);
        StoryOptions[] compared = {WINDOW_ONLY, options.withMissedArticles(Double.POSITIVE_INFINITY), options};
        double[] sum = new double[compared.length];
        int ahead = 0;
        int behind = 0;
        double worst = Double.POSITIVE_INFINITY;
        double best = Double.NEGATIVE_INFINITY;
        int draws = 40;
        for (int d = 0; d < draws; d++) {
            java.util.Collections.shuffle(stories, random);
            Set<String> drawn = Set.copyOf(stories.subList(0, stories.size() / 2));
            List<StreamArticle> half = stream.stream().filter(a -> drawn.containsAll(a.topics())).toList();
            double[] f1 = new double[compared.length];
            for (int c = 0; c < compared.length; c++) {
                f1[c] = run(half, compared[c], copyThreshold).f1();
                sum[c] += f1[c];
            }
            ahead += f1[2] > f1[0] ? 1 : 0;
            behind += f1[2] < f1[0] ? 1 : 0;
            worst = Math.min(worst, f1[2] - f1[0]);
            best = Math.max(best, f1[2] - f1[0]);
        }
        System.out.printf(Locale.ROOT, "%d random halves of the stories, mean B3 F1: window alone (0.15, 30 d) %.3f | %d d window alone %.3f"
                + " | settings %.3f (ahead of the first on %d, behind on %d; difference %+.3f to %+.3f)%n", draws, sum[0] / draws,
                options.window().toDays(), sum[1] / draws, sum[2] / draws, ahead, behind, worst, best);
    }

    /** B-cubed F1 with one parameter moved around its setting, the others held. */
    private void sensitivity(List<StreamArticle> stream, StoryOptions options, double copyThreshold) {
        Map<String, List<StoryOptions>> variants = new java.util.LinkedHashMap<>();
        List<StoryOptions> v = new ArrayList<>();
        for (double t : new double[] {0.1, 0.12, 0.14, 0.16, 0.18, 0.2, 0.22, 0.25}) {
            v.add(options.withThreshold(t));
        }
        variants.put("threshold", v);
        v = new ArrayList<>();
        for (int days : new int[] {7, 14, 30, 45, 60, 90}) {
            v.add(options.withWindow(Duration.ofDays(days)));
        }
        variants.put("window", v);
        v = new ArrayList<>();
        for (double m : new double[] {1.5, 2, 3, 4, 5, Double.POSITIVE_INFINITY}) {
            v.add(options.withMissedArticles(m));
        }
        variants.put("missedArticles", v);
        v = new ArrayList<>();
        for (double w : new double[] {1, 1.5, 2, 3}) {
            v.add(options.withLead(options.leadSentences(), w));
        }
        variants.put("leadWeight", v);
        v = new ArrayList<>();
        for (int n : new int[] {1, 2, 3, 5}) {
            v.add(options.withLead(n, options.leadWeight()));
        }
        variants.put("leadSentences", v);
        v = new ArrayList<>();
        for (int n : new int[] {40, 60, 100, 200, 400}) {
            v.add(options.withProfileTerms(n));
        }
        variants.put("profileTerms", v);
        for (Map.Entry<String, List<StoryOptions>> e : variants.entrySet()) {
            System.out.println("| " + e.getKey() + " | B3 P | B3 R | B3 F1 | stories |");
            for (StoryOptions o : e.getValue()) {
                StreamScores s = run(stream, o, copyThreshold);
                String value = switch (e.getKey()) {
                    case "threshold" -> String.valueOf(o.threshold());
                    case "window" -> o.window().toDays() + " d";
                    case "leadWeight" -> String.valueOf(o.leadWeight());
                    case "leadSentences" -> String.valueOf(o.leadSentences());
                    case "missedArticles" -> Double.isInfinite(o.missedArticles()) ? "none (window only)" : String.valueOf(o.missedArticles());
                    default -> String.valueOf(o.profileTerms());
                };
                System.out.printf(Locale.ROOT, "| %s%s | %.3f | %.3f | %.3f | %d |%n", value, o.equals(options) ? " (set)" : "",
                        s.precision(), s.recall(), s.f1(), s.stories());
            }
        }
        int[] windows = {30, 45, 60, 90};
        System.out.print("| missedArticles \\ window, B3 F1 |");
        for (int days : windows) {
            System.out.print(" " + days + " d |");
        }
        System.out.println();
        for (double m : new double[] {2, 3, 4, 5, Double.POSITIVE_INFINITY}) {
            System.out.print("| " + (Double.isInfinite(m) ? "none" : String.valueOf(m)) + " |");
            for (int days : windows) {
                StoryOptions o = options.withMissedArticles(m).withWindow(Duration.ofDays(days));
                System.out.printf(Locale.ROOT, " %.3f%s |", run(stream, o, copyThreshold).f1(), o.equals(options) ? " (set)" : "");
            }
            System.out.println();
        }
        System.out.println("| copy threshold | pair P | pair R |");
        for (double t : new double[] {0.7, 0.75, 0.8, 0.85, 0.9}) {
            StreamScores s = run(stream, options, t);
            System.out.printf(Locale.ROOT, "| %.2f | %.3f | %.3f |%n", t, s.copyPrecision(), s.copyRecall());
        }
    }
}
