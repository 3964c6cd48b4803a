package dev.precis.summary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.precis.text.Sentence;

/**
 * An extractive summary of several articles about one event (a story), after the centroid-based
 * summarizer MEAD (Radev et al. 2004): every sentence of every article is scored by how much of
 * the story it tells, weighed by where its article puts it, and the best are taken across
 * articles, leaving out those that repeat one already taken.
 * <ul>
 * <li><b>Centroid</b>: a term's weight is the share of the story's articles that use it times its
 * IDF in the stored corpus: what many reports of the event say, and few other articles do. A
 * sentence scores the cosine of its term counts with those weights.</li>
 * <li><b>Position</b>: news puts its event first, so the score is multiplied by {@code
 * (i + 1)^-positionDecay} for the {@code i}-th sentence of its article.</li>
 * <li><b>Repeats</b>: a wire story re-sent, or two outlets quoting one statement, give the same
 * sentence twice; a sentence whose term cosine with a chosen one exceeds {@code redundancy} is
 * passed over, as are fragments shorter than {@code minWords} words (datelines, captions).</li>
 * </ul>
 * The chosen sentences are returned in an order a reader can follow: by their article's time, then
 * by their place in it. Plain Java, deterministic; thread-safe like the {@link Summarizer} it uses.
 */
public final class MultiDocumentSummarizer {

    /** One article of the story: an id to attribute sentences to, an optional title and time. */
    public record Document(String id, String title, String text, Instant time) {
        public Document {
            if (id == null || text == null) {
                throw new IllegalArgumentException("a document needs an id and a text");
            }
        }
    }

    /** The length of the summary: a number of sentences, or a word budget. */
    public record Options(Integer sentences, Integer maxWords) {
        public Options {
            if ((sentences == null) == (maxWords == null)) {
                throw new IllegalArgumentException("exactly one of sentences and maxWords");
            }
            if (sentences != null && sentences < 1 || maxWords != null && maxWords < 1) {
                throw new IllegalArgumentException("length out of range");
            }
        }

        public static Options ofSentences(int sentences) {
            return new Options(sentences, null);
        }

        public static Options ofWords(int maxWords) {
            return new Options(null, maxWords);
        }
    }

    /** How sentences are weighed; see the class comment. */
    public record Settings(double positionDecay, double redundancy, int minWords) {
        /** The settings measured in {@code docs/stories.md}. */
        public static final Settings DEFAULT = new Settings(1.0, 0.5, 8);
    }

    private final Summarizer summarizer;
    private final Settings settings;

    public MultiDocumentSummarizer(Summarizer summarizer) {
        this(summarizer, Settings.DEFAULT);
    }

    public MultiDocumentSummarizer(Summarizer summarizer, Settings settings) {
        this.summarizer = summarizer;
        this.settings = settings;
    }

    /** A sentence of one of the documents, its terms as ids into the story's vocabulary. */
    private record Candidate(int document, Sentence sentence, int words, int[] terms, double[] counts) {
    }

    public MultiDocumentSummary summarize(List<Document> documents, Options options, TermStatistics corpus) {
        // reading order: by time (undated last), then as given
        List<Integer> order = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            order.add(d);
        }
        order.sort(Comparator.comparing((Integer d) -> documents.get(d).time(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(d -> d));
        Map<String, Integer> vocabulary = new HashMap<>();
        List<String> terms = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        int[] documentFrequency = new int[0];
        String language = null;
        for (int rank = 0; rank < order.size(); rank++) {
            Document doc = documents.get(order.get(rank));
            AnalyzedArticle article = summarizer.analyze(doc.title(), doc.text(), null, TermStatistics.NONE);
            if (language == null) {
                language = article.language.code();
            }
            Set<Integer> used = new HashSet<>();
            for (int s = 0; s < article.size(); s++) {
                TreeMap<Integer, Double> counts = new TreeMap<>();
                for (int local : article.terms[s]) {
                    String term = article.vocabulary.get(local);
                    Integer id = vocabulary.get(term);
                    if (id == null) {
                        id = terms.size();
                        vocabulary.put(term, id);
                        terms.add(term);
                    }
                    counts.merge(id, 1.0, Double::sum);
                    used.add(id);
                }
                int[] ids = counts.keySet().stream().mapToInt(Integer::intValue).toArray();
                double[] c = counts.values().stream().mapToDouble(Double::doubleValue).toArray();
                candidates.add(new Candidate(rank, article.sentences.get(s), article.wordCounts[s], ids, c));
            }
            if (documentFrequency.length < terms.size()) {
                documentFrequency = Arrays.copyOf(documentFrequency, Math.max(terms.size(), documentFrequency.length * 2));
            }
            for (int id : used) {
                documentFrequency[id]++;
            }
        }
        double[] centroid = centroid(terms, documentFrequency, order.size(), language, corpus);
        double[] scores = new double[candidates.size()];
        int[] position = new int[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            position[i] = c.sentence().index();
            double dot = 0;
            double norm = 0;
            for (int k = 0; k < c.terms().length; k++) {
                dot += c.counts()[k] * centroid[c.terms()[k]];
                norm += c.counts()[k] * c.counts()[k];
            }
            double cosine = norm == 0 ? 0 : dot / Math.sqrt(norm);
            scores[i] = cosine * Math.pow(position[i] + 1.0, -settings.positionDecay());
        }
        List<Integer> chosen = select(candidates, scores, options);
        chosen.sort(Comparator.<Integer>comparingInt(i -> candidates.get(i).document()).thenComparingInt(i -> position[i]));
        double top = Arrays.stream(scores).max().orElse(0);
        List<MultiDocumentSummary.AttributedSentence> sentences = new ArrayList<>();
        for (int i : chosen) {
            Candidate c = candidates.get(i);
            Sentence s = c.sentence();
            sentences.add(new MultiDocumentSummary.AttributedSentence(documents.get(order.get(c.document())).id(), s.index(), s.start(),
                    s.end(), s.text(), top > 0 ? Math.round(scores[i] / top * 1e4) / 1e4 : 0));
        }
        return new MultiDocumentSummary(sentences);
    }

    /** Share of the documents using each term times its corpus IDF, at unit length. */
    private static double[] centroid(List<String> terms, int[] documentFrequency, int documents, String language, TermStatistics corpus) {
        TermStatistics.Snapshot snapshot = terms.isEmpty() || language == null ? TermStatistics.Snapshot.EMPTY
                : corpus.lookup(language, terms);
        long n = Math.max(0, snapshot.documents());
        double[] weights = new double[terms.size()];
        double norm = 0;
        for (int t = 0; t < weights.length; t++) {
            long df = Math.min(n, snapshot.documentFrequencies().getOrDefault(terms.get(t), 0L));
            double idf = Math.log((n + 1.0) / (df + 0.5));
            weights[t] = documentFrequency[t] / (double) Math.max(1, documents) * idf;
            norm += weights[t] * weights[t];
        }
        if (norm > 0) {
            double scale = 1 / Math.sqrt(norm);
            for (int t = 0; t < weights.length; t++) {
                weights[t] *= scale;
            }
        }
        return weights;
    }

    /** Best first, to the length asked for, passing over fragments and repeats while others remain. */
    private List<Integer> select(List<Candidate> candidates, double[] scores, Options options) {
        Integer[] ranked = new Integer[candidates.size()];
        for (int i = 0; i < ranked.length; i++) {
            ranked[i] = i;
        }
        Arrays.sort(ranked, Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i));
        List<Integer> chosen = new ArrayList<>();
        boolean[] taken = new boolean[ranked.length];
        int[] words = {0};
        fill(candidates, ranked, taken, chosen, words, options, true);
        fill(candidates, ranked, taken, chosen, words, options, false);
        return chosen;
    }

    private void fill(List<Candidate> candidates, Integer[] ranked, boolean[] taken, List<Integer> chosen, int[] words, Options options,
            boolean strict) {
        for (int i : ranked) {
            if (options.sentences() != null && chosen.size() >= options.sentences()) {
                return;
            }
            Candidate c = candidates.get(i);
            if (taken[i] || c.words() == 0 || options.maxWords() != null && words[0] + c.words() > options.maxWords()) {
                continue;
            }
            if (strict && (c.words() < settings.minWords() || repeats(c, chosen, candidates))) {
                continue;
            }
            taken[i] = true;
            chosen.add(i);
            words[0] += c.words();
        }
    }

    private boolean repeats(Candidate candidate, List<Integer> chosen, List<Candidate> candidates) {
        for (int j : chosen) {
            if (cosine(candidate, candidates.get(j)) > settings.redundancy()) {
                return true;
            }
        }
        return false;
    }

    private static double cosine(Candidate a, Candidate b) {
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < a.terms().length && j < b.terms().length) {
            if (a.terms()[i] == b.terms()[j]) {
                dot += a.counts()[i++] * b.counts()[j++];
            } else if (a.terms()[i] < b.terms()[j]) {
                i++;
            } else {
                j++;
            }
        }
        return dot == 0 ? 0 : dot / (norm(a) * norm(b));
    }

    private static double norm(Candidate c) {
        double sum = 0;
        for (double x : c.counts()) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }
}
