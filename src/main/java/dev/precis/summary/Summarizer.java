package dev.precis.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.precis.text.Sentence;
import dev.precis.text.TextAnalyzer;

/**
 * The extractive summarizer: splits an article into sentences, ranks them with the chosen
 * algorithm and returns the best ones in article order. Plain Java, thread-safe and
 * deterministic: the same text and options always give the same summary.
 */
public final class Summarizer {

    private final TextAnalyzer analyzer;
    private final Map<Algorithm, SentenceRanker> rankers = new EnumMap<>(Algorithm.class);

    public Summarizer(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
        rankers.put(Algorithm.NEWS, new NewsRanker());
        rankers.put(Algorithm.LEAD, new LeadRanker());
    }

    public String language() {
        return analyzer.language();
    }

    public SummaryResult summarize(String title, String text, SummaryOptions options) {
        AnalyzedArticle article = analyze(title, text);
        int target = options.sentenceTarget(article.size());
        double[] scores = rankers.get(options.algorithm()).scores(article, target);
        List<Integer> chosen = select(article, scores, target, options.maxWords());
        double top = Arrays.stream(scores).max().orElse(0);
        List<ScoredSentence> sentences = new ArrayList<>(chosen.size());
        for (int i : chosen) {
            Sentence s = article.sentences.get(i);
            double score = top > 0 ? scores[i] / top : 0;
            sentences.add(new ScoredSentence(s.index(), s.start(), s.end(), s.text(), Math.round(score * 1e4) / 1e4));
        }
        return new SummaryResult(sentences, options.algorithm().id(), analyzer.language(), article.size(), article.wordCount);
    }

    AnalyzedArticle analyze(String title, String text) {
        List<Sentence> sentences = analyzer.sentences(text);
        AnalyzedArticle.Vocabulary vocabulary = new AnalyzedArticle.Vocabulary();
        int[][] terms = new int[sentences.size()][];
        int[] wordCounts = new int[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            List<String> words = analyzer.words(text, s.start(), s.end());
            wordCounts[i] = words.size();
            terms[i] = vocabulary.ids(analyzer.terms(words));
        }
        int[] titleTerms = title == null || title.isBlank()
                ? new int[0]
                : vocabulary.ids(analyzer.terms(analyzer.words(title, 0, title.length())));
        return new AnalyzedArticle(sentences, terms, wordCounts, titleTerms, vocabulary.terms());
    }

    /**
     * Takes sentences best first until the target count (or word budget) is reached, and returns
     * their indexes in article order. Ties go to the earlier sentence, which keeps the choice stable.
     */
    private static List<Integer> select(AnalyzedArticle article, double[] scores, int target, Integer maxWords) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i));
        List<Integer> chosen = new ArrayList<>();
        int words = 0;
        for (int i : order) {
            if (chosen.size() >= target) {
                break;
            }
            if (maxWords != null && words + article.wordCounts[i] > maxWords) {
                continue;
            }
            chosen.add(i);
            words += article.wordCounts[i];
        }
        chosen.sort(Comparator.naturalOrder());
        return chosen;
    }
}
