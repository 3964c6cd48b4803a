package dev.precis.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L with the exact semantics of Google's {@code rouge_score} package
 * run with {@code use_stemmer=True}, so that our numbers can be compared with published ones.
 *
 * <p>Tokens are lower-cased runs of {@code [a-z0-9]}, stemmed with {@link PorterStemmer} when
 * longer than three characters. ROUGE-N counts clipped n-gram overlap; ROUGE-L is the
 * sentence-level variant: one longest common subsequence over the whole token sequences, with no
 * splitting into sentences. A {@code null} text is treated as empty, and anything scored against an
 * empty text gets zero.
 */
public final class Rouge {

    /** Precision is measured against the summary, recall against the reference. */
    public record Score(double precision, double recall, double f1) {

        public static final Score ZERO = new Score(0, 0, 0);

        static Score of(double precision, double recall) {
            // Same expression as rouge_score, so the doubles agree to the last bit or nearly.
            double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
            return new Score(precision, recall, f1);
        }
    }

    public record Scores(Score rouge1, Score rouge2, Score rougeL) {
    }

    private Rouge() {
    }

    /** All three scores of {@code summary} against one {@code reference}. */
    public static Scores score(String reference, String summary) {
        List<String> referenceTokens = tokenize(reference);
        List<String> summaryTokens = tokenize(summary);
        return new Scores(
                rougeN(referenceTokens, summaryTokens, 1),
                rougeN(referenceTokens, summaryTokens, 2),
                rougeL(referenceTokens, summaryTokens));
    }

    public static Score rouge1(String reference, String summary) {
        return rougeN(tokenize(reference), tokenize(summary), 1);
    }

    public static Score rouge2(String reference, String summary) {
        return rougeN(tokenize(reference), tokenize(summary), 2);
    }

    public static Score rougeL(String reference, String summary) {
        return rougeL(tokenize(reference), tokenize(summary));
    }

    /**
     * rouge_score's tokenizer: lower-case, keep maximal runs of ASCII letters and digits (anything
     * else, accented letters included, only separates tokens), and stem tokens of four or more
     * characters.
     */
    public static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        // Locale.ROOT, not the default locale: a Turkish default would turn 'I' into a dotless i,
        // which the tokenizer would then drop.
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean inToken = i < lower.length() && isTokenChar(lower.charAt(i));
            if (inToken && start < 0) {
                start = i;
            } else if (!inToken && start >= 0) {
                String token = lower.substring(start, i);
                tokens.add(token.length() > 3 ? PorterStemmer.stem(token) : token);
                start = -1;
            }
        }
        return tokens;
    }

    private static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /**
     * Clipped n-gram overlap on already tokenized texts: each reference n-gram counts at most as
     * often as it occurs in the summary.
     */
    public static Score rougeN(List<String> referenceTokens, List<String> summaryTokens, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        Map<String, Integer> referenceNgrams = countNgrams(referenceTokens, n);
        Map<String, Integer> summaryNgrams = countNgrams(summaryTokens, n);
        int overlap = 0;
        for (Map.Entry<String, Integer> entry : referenceNgrams.entrySet()) {
            overlap += Math.min(entry.getValue(), summaryNgrams.getOrDefault(entry.getKey(), 0));
        }
        int referenceCount = Math.max(referenceTokens.size() - n + 1, 0);
        int summaryCount = Math.max(summaryTokens.size() - n + 1, 0);
        // rouge_score divides by max(count, 1): with no n-grams the overlap is 0 and so is the score.
        return Score.of(
                (double) overlap / Math.max(summaryCount, 1),
                (double) overlap / Math.max(referenceCount, 1));
    }

    private static Map<String, Integer> countNgrams(List<String> tokens, int n) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            // Tokens never contain a space, so joining with one keeps distinct n-grams distinct.
            String ngram = n == 1 ? tokens.get(i) : String.join(" ", tokens.subList(i, i + n));
            counts.merge(ngram, 1, Integer::sum);
        }
        return counts;
    }

    /** Sentence-level ROUGE-L on already tokenized texts. */
    public static Score rougeL(List<String> referenceTokens, List<String> summaryTokens) {
        if (referenceTokens.isEmpty() || summaryTokens.isEmpty()) {
            return Score.ZERO;
        }
        int lcs = longestCommonSubsequence(referenceTokens, summaryTokens);
        return Score.of(
                (double) lcs / summaryTokens.size(),
                (double) lcs / referenceTokens.size());
    }

    /** Classic dynamic programme, keeping only two rows of the table. */
    private static int longestCommonSubsequence(List<String> a, List<String> b) {
        // Compare small integers rather than strings in the inner loop.
        Map<String, Integer> ids = new HashMap<>();
        int[] x = toIds(a, ids);
        int[] y = toIds(b, ids);
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int i = 1; i <= x.length; i++) {
            for (int j = 1; j <= y.length; j++) {
                current[j] = x[i - 1] == y[j - 1]
                        ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length];
    }

    private static int[] toIds(List<String> tokens, Map<String, Integer> ids) {
        int[] result = new int[tokens.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = ids.computeIfAbsent(tokens.get(i), token -> ids.size());
        }
        return result;
    }
}
