package dev.precis.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.precis.text.CleanText;
import dev.precis.text.Language;
import dev.precis.text.Sentence;
import dev.precis.text.WordTokenizer;

/**
 * An article reduced to what the rankers need: its sentences, each sentence's terms as ids into one
 * vocabulary, how often each term occurs in the article and in how many sentences, and how common
 * each term is in the stored corpus.
 */
final class AnalyzedArticle {

    /** Corpus size at which corpus IDF and the article's own inverse sentence frequency weigh the same. */
    static final double CORPUS_HALF_WEIGHT = 50;

    final Language language;
    /** Whether the language was detected rather than given by the caller. */
    final boolean languageDetected;
    /** The headline found on the text's first line when no title was given, else {@code null}. */
    final String detectedTitle;
    /** The noise taken out of the text before its sentences were counted. */
    final CleanText cleaning;
    final List<Sentence> sentences;
    /** Term ids of each sentence, in order, repeats kept. */
    final int[][] terms;
    /** Term counts of each sentence. */
    final TermVector[] vectors;
    /** Number of words of each sentence, stopwords included. */
    final int[] wordCounts;
    /** Occurrences of each term in the whole article. */
    final int[] termFrequency;
    /** Number of sentences that contain each term. */
    final int[] sentenceFrequency;
    /** Term ids of the title. */
    final int[] titleTerms;
    final List<String> vocabulary;
    /** The words written for each term, to show a keyword as a word rather than a stem. */
    private final Vocabulary words;
    final int wordCount;
    /** Where corpus document frequencies come from; read only when a ranker or the keywords need IDF. */
    private final TermStatistics corpus;
    private double[] idf;

    AnalyzedArticle(Language language, boolean languageDetected, String detectedTitle, CleanText cleaning, List<Sentence> sentences, int[][] terms,
            int[] wordCounts, int[] titleTerms, Vocabulary vocabulary, TermStatistics corpus) {
        this.language = language;
        this.languageDetected = languageDetected;
        this.detectedTitle = detectedTitle;
        this.cleaning = cleaning;
        this.sentences = sentences;
        this.terms = terms;
        this.wordCounts = wordCounts;
        this.titleTerms = titleTerms;
        this.vocabulary = vocabulary.terms();
        this.words = vocabulary;
        int size = this.vocabulary.size();
        this.termFrequency = new int[size];
        this.sentenceFrequency = new int[size];
        this.vectors = new TermVector[terms.length];
        int words = 0;
        for (int s = 0; s < terms.length; s++) {
            words += wordCounts[s];
            vectors[s] = TermVector.counts(terms[s]);
            for (int t : terms[s]) {
                termFrequency[t]++;
            }
            for (int t : vectors[s].ids) {
                sentenceFrequency[t]++;
            }
        }
        this.wordCount = words;
        this.corpus = corpus;
    }

    int size() {
        return sentences.size();
    }

    /** The id of a term in this article's vocabulary, or -1 when the article does not use it. */
    int termId(String term) {
        return words.find(term);
    }

    /**
     * For each term, the share of its occurrences in the sentences written with a capital: near 1
     * for a name, near 0 for a common word (which has a capital only where it opens a sentence).
     */
    double[] capitalShare() {
        return words.capitalShare(vocabulary.size(), termFrequency);
    }

    /** The word most often written for a term (see {@link Vocabulary#surfaceForm(int)}). */
    String surfaceForm(int term) {
        return words.surfaceForm(term);
    }

    /**
     * Inverse document frequency of every term. From the corpus once it is large enough to tell;
     * before that from the article's own sentences (inverse sentence frequency), blended by corpus
     * size so the weights move smoothly from one to the other as articles are stored.
     */
    double[] inverseDocumentFrequency() {
        if (idf != null) {
            return idf;
        }
        int size = vocabulary.size();
        TermStatistics.Snapshot snapshot = size == 0 ? TermStatistics.Snapshot.EMPTY : corpus.lookup(language.code(), vocabulary);
        long documents = Math.max(0, snapshot.documents());
        int n = Math.max(1, size());
        double corpusWeight = documents / (documents + CORPUS_HALF_WEIGHT);
        double[] weights = new double[size];
        // most terms share their few small frequencies: each logarithm is taken once per frequency
        // (0 until then, since every value is at least 1), the same expression so the same value
        double[] isfByFrequency = new double[n + 1];
        double[] cdfByFrequency = new double[(int) Math.min(documents, 1023) + 1];
        for (int t = 0; t < size; t++) {
            int sf = Math.max(1, sentenceFrequency[t]);
            double isf = sf <= n ? isfByFrequency[sf] : 0;
            if (isf == 0) {
                isf = Math.log((n + 1.0) / sf) + 1;
                if (sf <= n) {
                    isfByFrequency[sf] = isf;
                }
            }
            long df = Math.min(documents, snapshot.documentFrequencies().getOrDefault(vocabulary.get(t), 0L));
            boolean kept = df >= 0 && df < cdfByFrequency.length;
            double cdf = kept ? cdfByFrequency[(int) df] : 0;
            if (cdf == 0) {
                cdf = Math.log((documents + 1.0) / (df + 1.0)) + 1;
                if (kept) {
                    cdfByFrequency[(int) df] = cdf;
                }
            }
            weights[t] = corpusWeight * cdf + (1 - corpusWeight) * isf;
        }
        idf = weights;
        return weights;
    }

    /** Builds the vocabulary while terms are added, with the surface words seen for each term. */
    static final class Vocabulary {
        /**
         * Term ids by term: an open-addressing table of the terms and their ids side by side, since
         * every word of the article is looked up here (a map would box each id and chain a node per
         * term). The normalizer hands out one string per term, so a look-up mostly ends at the first
         * reference compared.
         */
        private String[] keys;
        private int[] keyIds;
        /** Term ids by the analyzer's term number plus one (0 for an empty slot), as many slots as {@link #keys}. */
        private int[] numberKeys;
        private int[] numberIds;
        private int numbers;
        private int mask;
        private final List<String> terms = new ArrayList<>();
        /**
         * Every occurrence of a term with where the word written for it is (a span of the text, or
         * the whole of a surface string), side by side: looked at only for the few terms shown as
         * keywords, so they are kept flat rather than grouped per term, and the words are made only
         * for those.
         */
        private int[] occurrenceTerms = new int[256];
        private CharSequence[] occurrenceSources = new CharSequence[256];
        private int[] occurrenceStarts = new int[256];
        private int[] occurrenceEnds = new int[256];
        private int occurrences;
        /**
         * The occurrences of each term chained together (the last one of each term, and before each
         * occurrence the previous one of its term, or -1), made on the first look-up: a text whose
         * first keyword candidates are all passed over has many terms looked up, and each look-up then
         * costs the term's own occurrences rather than every word of the text.
         */
        private int[] lastOccurrence;
        private int[] previousOccurrence;

        /** @param expectedTerms about how many distinct terms there will be, to size the table once */
        Vocabulary(int expectedTerms) {
            // at most half full
            int capacity = Integer.highestOneBit(Math.max(16, expectedTerms * 2) - 1) << 1;
            keys = new String[capacity];
            keyIds = new int[capacity];
            numberKeys = new int[capacity];
            numberIds = new int[capacity];
            mask = capacity - 1;
        }

        /**
         * The id of a term whose occurrence is not counted. A term with a number (the analyzer's,
         * see {@link dev.precis.text.TextAnalyzer.TermSink#acceptWord}, or -1) is found by it,
         * without reading its string, from its second occurrence on.
         */
        int id(String term, int number) {
            int numberSlot = 0;
            if (number >= 0) {
                numberSlot = numberSlot(number);
                if (numberKeys[numberSlot] != 0) {
                    return numberIds[numberSlot];
                }
            }
            int slot = slot(term);
            int id;
            if (keys[slot] != null) {
                id = keyIds[slot];
            } else {
                id = terms.size();
                keys[slot] = term;
                keyIds[slot] = id;
                terms.add(term);
            }
            if (number >= 0) {
                numberKeys[numberSlot] = number + 1;
                numberIds[numberSlot] = id;
                numbers++;
            }
            if (2 * Math.max(terms.size(), numbers) > keys.length) {
                grow();
            }
            return id;
        }

        /**
         * The id of a term, counting an occurrence written as {@code source[start, end)} (with its
         * typographic apostrophes as straight ones).
         */
        int id(String term, int number, CharSequence source, int start, int end) {
            int id = id(term, number);
            if (occurrences == occurrenceTerms.length) {
                occurrenceTerms = Arrays.copyOf(occurrenceTerms, occurrences * 2);
                occurrenceSources = Arrays.copyOf(occurrenceSources, occurrences * 2);
                occurrenceStarts = Arrays.copyOf(occurrenceStarts, occurrences * 2);
                occurrenceEnds = Arrays.copyOf(occurrenceEnds, occurrences * 2);
            }
            occurrenceTerms[occurrences] = id;
            occurrenceSources[occurrences] = source;
            occurrenceStarts[occurrences] = start;
            occurrenceEnds[occurrences++] = end;
            return id;
        }

        /** The slot that holds the term number, or the empty one where it would go. */
        private int numberSlot(int number) {
            int spread = number * 0x9E3779B9;
            int i = (spread ^ spread >>> 16) & mask;
            int key;
            while ((key = numberKeys[i]) != 0 && key != number + 1) {
                i = i + 1 & mask;
            }
            return i;
        }

        int find(String term) {
            int slot = slot(term);
            return keys[slot] == null ? -1 : keyIds[slot];
        }

        /** The slot that holds the term, or the empty one where it would go. */
        private int slot(String term) {
            int h = term.hashCode();
            int i = (h ^ h >>> 16) & mask;
            String key;
            while ((key = keys[i]) != null && key != term && !key.equals(term)) {
                i = i + 1 & mask;
            }
            return i;
        }

        private void grow() {
            String[] oldKeys = keys;
            int[] oldIds = keyIds;
            int[] oldNumberKeys = numberKeys;
            int[] oldNumberIds = numberIds;
            keys = new String[oldKeys.length * 2];
            keyIds = new int[oldKeys.length * 2];
            numberKeys = new int[oldKeys.length * 2];
            numberIds = new int[oldKeys.length * 2];
            mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != null) {
                    int slot = slot(oldKeys[i]);
                    keys[slot] = oldKeys[i];
                    keyIds[slot] = oldIds[i];
                }
                if (oldNumberKeys[i] != 0) {
                    int slot = numberSlot(oldNumberKeys[i] - 1);
                    numberKeys[slot] = oldNumberKeys[i];
                    numberIds[slot] = oldNumberIds[i];
                }
            }
        }

        List<String> terms() {
            return terms;
        }

        /** The share of each term's recorded occurrences whose word opens with a capital, by term id. */
        double[] capitalShare(int size, int[] occurrencesOfTerm) {
            double[] share = new double[size];
            for (int o = 0; o < occurrences; o++) {
                if (occurrenceStarts[o] < occurrenceEnds[o] && Character.isUpperCase(occurrenceSources[o].charAt(occurrenceStarts[o]))) {
                    share[occurrenceTerms[o]]++;
                }
            }
            for (int t = 0; t < size; t++) {
                share[t] = occurrencesOfTerm[t] == 0 ? 0 : share[t] / occurrencesOfTerm[t];
            }
            return share;
        }

        /**
         * The word the article writes most for a term, counted without regard to case (so a
         * sentence-initial capital does not split a word); shown in its most frequent spelling,
         * so names keep their capitals. Ties go to the shorter word, then to lower case. Asked
         * for the keywords only, not for every term.
         */
        String surfaceForm(int t) {
            if (lastOccurrence == null) {
                chainOccurrences();
            }
            Map<String, Integer> written = new HashMap<>();
            for (int o = lastOccurrence[t]; o >= 0; o = previousOccurrence[o]) {
                written.merge(WordTokenizer.word(occurrenceSources[o], occurrenceStarts[o], occurrenceEnds[o], true), 1, Integer::sum);
            }
            Map<String, Integer> byLowerCase = new HashMap<>();
            for (Map.Entry<String, Integer> e : written.entrySet()) {
                byLowerCase.merge(e.getKey().toLowerCase(java.util.Locale.ROOT), e.getValue(), Integer::sum);
            }
            String form = best(byLowerCase, terms.get(t));
            Map<String, Integer> spellings = new HashMap<>();
            for (Map.Entry<String, Integer> e : written.entrySet()) {
                if (e.getKey().toLowerCase(java.util.Locale.ROOT).equals(form)) {
                    spellings.put(e.getKey(), e.getValue());
                }
            }
            return spellings.isEmpty() ? form : best(spellings, form);
        }

        private void chainOccurrences() {
            int[] last = new int[terms.size()];
            Arrays.fill(last, -1);
            int[] previous = new int[occurrences];
            for (int o = 0; o < occurrences; o++) {
                previous[o] = last[occurrenceTerms[o]];
                last[occurrenceTerms[o]] = o;
            }
            lastOccurrence = last;
            previousOccurrence = previous;
        }

        private static String best(Map<String, Integer> counts, String fallback) {
            String best = fallback;
            int bestCount = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                String w = e.getKey();
                int c = e.getValue();
                if (c > bestCount || c == bestCount && (w.length() < best.length() || w.length() == best.length() && w.compareTo(best) > 0)) {
                    best = w;
                    bestCount = c;
                }
            }
            return best;
        }
    }
}
