package dev.precis.summary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.precis.text.Sentence;

/**
 * An article reduced to what the rankers need: its sentences, each sentence's terms as ids into one
 * vocabulary, how often each term occurs in the article and in how many sentences.
 */
final class AnalyzedArticle {

    final List<Sentence> sentences;
    /** Term ids of each sentence, in order, repeats kept. */
    final int[][] terms;
    /** Number of words of each sentence, stopwords included. */
    final int[] wordCounts;
    /** Occurrences of each term in the whole article. */
    final int[] termFrequency;
    /** Number of sentences that contain each term. */
    final int[] sentenceFrequency;
    /** Term ids of the title. */
    final int[] titleTerms;
    final List<String> vocabulary;
    final int wordCount;

    AnalyzedArticle(List<Sentence> sentences, int[][] terms, int[] wordCounts, int[] titleTerms, List<String> vocabulary) {
        this.sentences = sentences;
        this.terms = terms;
        this.wordCounts = wordCounts;
        this.titleTerms = titleTerms;
        this.vocabulary = vocabulary;
        this.termFrequency = new int[vocabulary.size()];
        this.sentenceFrequency = new int[vocabulary.size()];
        int words = 0;
        boolean[] seen = new boolean[vocabulary.size()];
        for (int s = 0; s < terms.length; s++) {
            words += wordCounts[s];
            for (int t : terms[s]) {
                termFrequency[t]++;
                if (!seen[t]) {
                    seen[t] = true;
                    sentenceFrequency[t]++;
                }
            }
            for (int t : terms[s]) {
                seen[t] = false;
            }
        }
        this.wordCount = words;
    }

    int size() {
        return sentences.size();
    }

    /** Builds the vocabulary while terms are added. */
    static final class Vocabulary {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> terms = new java.util.ArrayList<>();

        int id(String term) {
            Integer id = ids.get(term);
            if (id == null) {
                id = terms.size();
                ids.put(term, id);
                terms.add(term);
            }
            return id;
        }

        int[] ids(List<String> termList) {
            int[] result = new int[termList.size()];
            for (int i = 0; i < result.length; i++) {
                result[i] = id(termList.get(i));
            }
            return result;
        }

        List<String> terms() {
            return terms;
        }
    }
}
