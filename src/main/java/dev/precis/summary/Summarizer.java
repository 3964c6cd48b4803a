package dev.precis.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import dev.precis.text.CleanText;
import dev.precis.text.Headline;
import dev.precis.text.KeywordFilter;
import dev.precis.text.Language;
import dev.precis.text.LanguageDetector;
import dev.precis.text.LanguageModels;
import dev.precis.text.NoiseFilter;
import dev.precis.text.Sentence;
import dev.precis.text.TextAnalyzer;

/**
 * The extractive summarizer: takes the noise out of an article, tells its language (unless the
 * caller names it), splits it into sentences, ranks them with the chosen algorithm and returns the
 * best ones in article order, with the article's keywords. Plain Java, thread-safe and
 * deterministic: the same text, options and corpus statistics always give the same summary.
 */
public final class Summarizer {

    /** The most sentences a summary holds when the caller sets no other bound ({@code precis.summary.max-sentences}). */
    public static final int DEFAULT_MAX_SENTENCES = 100;

    private final LanguageModels models;
    private final Language fallback;
    private final int maxSentences;
    private final Map<Algorithm, SentenceRanker> rankers = new EnumMap<>(Algorithm.class);
    /** Keyword filters by language code, each made once: they read the other languages' stopword lists. */
    private final Map<String, KeywordFilter> keywordFilters = new ConcurrentHashMap<>();

    /**
     * @param fallback     the language of a text whose language cannot be told (too short, or not a
     *                     supported language)
     * @param maxSentences the most sentences any summary holds, whatever its length option: a ratio
     *                     or a word budget of a text of tens of thousands of sentences stops there,
     *                     which bounds the work of choosing them
     */
    public Summarizer(LanguageModels models, Language fallback, int maxSentences) {
        if (maxSentences < 1) {
            throw new IllegalArgumentException("maxSentences must be at least 1");
        }
        this.models = models;
        this.fallback = fallback;
        this.maxSentences = maxSentences;
        rankers.put(Algorithm.NEWS_CENTRALITY, new NewsCentralityRanker());
        rankers.put(Algorithm.TEXTRANK, new TextRankRanker());
        rankers.put(Algorithm.LEXRANK, new LexRankRanker());
        rankers.put(Algorithm.LUHN, new LuhnRanker());
        rankers.put(Algorithm.LEAD, new LeadRanker());
    }

    /** A summarizer that loads models on first use, falls back to English and holds at most {@value #DEFAULT_MAX_SENTENCES} sentences. */
    public Summarizer() {
        this(new LanguageModels(), Language.ENGLISH, DEFAULT_MAX_SENTENCES);
    }

    public Language fallbackLanguage() {
        return fallback;
    }

    public LanguageModels models() {
        return models;
    }

    public SummaryResult summarize(String title, String text, SummaryOptions options) {
        return summarize(title, text, options, TermStatistics.NONE);
    }

    public SummaryResult summarize(String title, String text, SummaryOptions options, TermStatistics corpus) {
        AnalyzedArticle article = analyze(title, text, options.language(), corpus);
        int wanted = options.sentenceTarget(article.size());
        SentenceRanker ranker = rankers.get(options.algorithm());
        // ranked for the length asked for, so the cap below changes no ranking: a word budget of a
        // long article ranks as it always did and only stops at maxSentences
        double[] scores = ranker.scores(article, wanted);
        List<Integer> chosen = select(article, scores, Math.min(wanted, maxSentences), options, ranker.redundancyLimit());
        double top = Arrays.stream(scores).max().orElse(0);
        List<ScoredSentence> sentences = new ArrayList<>(chosen.size());
        for (int i : chosen) {
            Sentence s = article.sentences.get(i);
            double score = top > 0 ? scores[i] / top : 0;
            sentences.add(new ScoredSentence(s.index(), s.start(), s.end(), s.text(), round(score)));
        }
        List<Keyword> keywords = keywords(article, text, options.keywords());
        String shownTitle = article.detectedTitle != null ? article.detectedTitle : givenTitle(title);
        return new SummaryResult(sentences, keywords, options.algorithm().id(), article.language.code(), article.languageDetected,
                article.size(), article.wordCount, article.cleaning.removedById(), List.copyOf(article.vocabulary), shownTitle,
                article.detectedTitle != null);
    }

    private static String givenTitle(String title) {
        return title == null || title.isBlank() ? null : title.strip();
    }

    /**
     * The distinct terms of an article (title and text), as they count in corpus document
     * frequencies: noise left out, in the given language, or the detected one when it is {@code null}.
     */
    public Set<String> documentTerms(String title, String text, Language language) {
        return new TreeSet<>(analyze(title, text, language, TermStatistics.NONE).vocabulary);
    }

    /** The language of a text as the summarizer tells it: detected, or the fallback; empty when it cannot be told. */
    public Optional<Language> detectLanguage(String text) {
        return models.detector().detect(NoiseFilter.lines(text).sample(LanguageDetector.SAMPLE_LENGTH));
    }

    AnalyzedArticle analyze(String title, String text) {
        return analyze(title, text, null, TermStatistics.NONE);
    }

    AnalyzedArticle analyze(String givenTitle, String text, Language requested, TermStatistics corpus) {
        // a plain text that opens with its headline and came without a title: the headline is the title
        boolean titleDetected = false;
        String title = givenTitle;
        NoiseFilter.Lines lines = NoiseFilter.lines(text, title);
        if (title == null || title.isBlank()) {
            // the first pass already tells the first line that is not noise
            Optional<String> headline = Headline.find(lines);
            if (headline.isPresent()) {
                titleDetected = true;
                title = headline.get();
                lines = NoiseFilter.lines(text, title);
            }
        }
        Language language = requested;
        boolean detected = false;
        if (language == null) {
            Optional<Language> found = models.detector().detect(lines.sample(LanguageDetector.SAMPLE_LENGTH));
            detected = found.isPresent();
            language = found.orElse(fallback);
        }
        TextAnalyzer analyzer = models.analyzer(language);
        CleanText clean = NoiseFilter.sentences(lines, analyzer);
        List<Sentence> sentences = clean.sentences();
        // news has about one distinct term in a dozen characters
        AnalyzedArticle.Vocabulary vocabulary = new AnalyzedArticle.Vocabulary(text.length() / 12);
        int[][] terms = new int[sentences.size()][];
        int[] wordCounts = new int[sentences.size()];
        TermIds ids = new TermIds(vocabulary);
        for (int i = 0; i < sentences.size(); i++) {
            Sentence shown = sentences.get(i);
            // ranked as written (a lead with its dateline), counted as shown
            Sentence written = clean.asWritten().get(i);
            terms[i] = ids.of(analyzer, text, written.start(), written.end(), true);
            wordCounts[i] = shown.start() == written.start() && shown.end() == written.end()
                    ? ids.words
                    : analyzer.wordCount(text, shown.start(), shown.end());
        }
        int[] titleTerms = title == null || title.isBlank()
                ? new int[0]
                : ids.of(analyzer, title, 0, title.length(), false);
        return new AnalyzedArticle(language, detected, titleDetected ? title : null, clean, sentences, terms, wordCounts, titleTerms,
                vocabulary, corpus);
    }

    /**
     * Collects the term ids of one span after another into one buffer, which grows to the longest
     * span's and is copied out at the size of each: one array per sentence rather than two.
     */
    private static final class TermIds implements TextAnalyzer.TermSink {
        private final AnalyzedArticle.Vocabulary vocabulary;
        private int[] buffer = new int[64];
        private int count;
        private boolean countSurface;
        /** The word count of the last span. */
        int words;

        TermIds(AnalyzedArticle.Vocabulary vocabulary) {
            this.vocabulary = vocabulary;
        }

        int[] of(TextAnalyzer analyzer, CharSequence text, int start, int end, boolean countSurface) {
            this.countSurface = countSurface;
            count = 0;
            words = analyzer.terms(text, start, end, this);
            return Arrays.copyOf(buffer, count);
        }

        @Override
        public void accept(String term, String surface) {
            add(countSurface ? vocabulary.id(term, -1, surface, 0, surface.length()) : vocabulary.id(term, -1));
        }

        @Override
        public void acceptWord(String term, int number, CharSequence text, int start, int end) {
            add(countSurface ? vocabulary.id(term, number, text, start, end) : vocabulary.id(term, number));
        }

        private void add(int id) {
            if (count == buffer.length) {
                buffer = Arrays.copyOf(buffer, 2 * count);
            }
            buffer[count++] = id;
        }
    }

    /**
     * Takes sentences best first until the target count (or word budget) is reached, and returns
     * their indexes in article order. Sentences the caller asked to avoid, and sentences that repeat
     * a chosen one, are passed over while enough others remain. Ties go to the earlier sentence.
     * Each pass looks at every sentence once and compares it with the chosen ones only (at most the
     * target), through {@link RedundancyFilter}.
     */
    private static List<Integer> select(AnalyzedArticle article, double[] scores, int target, SummaryOptions options,
            double redundancyLimit) {
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i));
        boolean[] avoided = new boolean[n];
        int eligible = 0;
        for (int i = 0; i < n; i++) {
            String text = article.sentences.get(i).text();
            avoided[i] = options.avoidQuotes() && SentenceForm.isQuotation(text) || options.avoidQuestions() && SentenceForm.isQuestion(text);
            if (!avoided[i]) {
                eligible++;
            }
        }
        // first pass: preferred sentences only; later passes relax what the summary avoids
        Selection selection = new Selection(article, order, avoided, options.maxWords(), new RedundancyFilter(article.vectors, target));
        selection.fill(false, redundancyLimit, Math.min(target, eligible));
        selection.fill(true, redundancyLimit, target);
        selection.fill(true, 1.0, target);
        List<Integer> chosen = selection.chosen;
        chosen.sort(Comparator.naturalOrder());
        return chosen;
    }

    /** The sentences chosen so far, and what a next one must fit: the word budget and the redundancy limit. */
    private static final class Selection {
        private final AnalyzedArticle article;
        private final Integer[] order;
        private final boolean[] avoided;
        private final Integer maxWords;
        private final RedundancyFilter redundancy;
        private final boolean[] taken;
        final List<Integer> chosen = new ArrayList<>();
        private int words;

        Selection(AnalyzedArticle article, Integer[] order, boolean[] avoided, Integer maxWords, RedundancyFilter redundancy) {
            this.article = article;
            this.order = order;
            this.avoided = avoided;
            this.maxWords = maxWords;
            this.redundancy = redundancy;
            this.taken = new boolean[order.length];
        }

        void fill(boolean allowAvoided, double redundancyLimit, int target) {
            for (int i : order) {
                if (chosen.size() >= target) {
                    return;
                }
                if (taken[i] || avoided[i] && !allowAvoided) {
                    continue;
                }
                if (maxWords != null && words + article.wordCounts[i] > maxWords) {
                    continue;
                }
                if (redundancyLimit < 1 && redundancy.repeats(i, redundancyLimit)) {
                    continue;
                }
                taken[i] = true;
                chosen.add(i);
                redundancy.choose(i);
                words += article.wordCounts[i];
            }
        }
    }

    /**
     * Keywords: the terms with the highest TF·IDF over the article (corpus IDF blended with the
     * article's own, see {@link AnalyzedArticle#inverseDocumentFrequency()}), shown as the word the
     * article uses most for each, or as the whole name that word is a piece of. Words a reader would
     * not accept as keywords are passed over (see {@link KeywordFilter}). Weights are relative to the
     * top keyword.
     */
    private List<Keyword> keywords(AnalyzedArticle article, String text, int count) {
        if (count <= 0 || article.vocabulary.isEmpty()) {
            return List.of();
        }
        double[] idf = article.inverseDocumentFrequency();
        int v = idf.length;
        double[] weight = new double[v];
        for (int t = 0; t < v; t++) {
            weight[t] = article.termFrequency[t] * idf[t];
        }
        KeywordFilter filter = keywordFilters.computeIfAbsent(article.language.code(), code -> new KeywordFilter(article.language));
        // a few more candidates than asked for, since some are passed over; all of them if that is not enough
        List<Keyword> keywords = keywords(article, text, weight, filter, count, best(article, weight, Math.min(v, 2 * count + 8)));
        if (keywords.size() < count && v > 2 * count + 8) {
            keywords = keywords(article, text, weight, filter, count, best(article, weight, v));
        }
        return keywords;
    }

    private static List<Keyword> keywords(AnalyzedArticle article, String text, double[] weight, KeywordFilter filter, int count,
            Integer[] candidates) {
        List<Keyword> keywords = new ArrayList<>(count);
        Set<String> shown = new java.util.HashSet<>();
        double top = 0;
        for (int t : candidates) {
            if (keywords.size() == count || weight[t] <= 0) {
                break;
            }
            String word = article.surfaceForm(t);
            if (!filter.accepts(text, word)) {
                continue;
            }
            String name = KeywordFilter.wholeName(text, word);
            if (!shown.add(name.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            if (keywords.isEmpty()) {
                top = weight[t];
            }
            keywords.add(new Keyword(name, round(top > 0 ? weight[t] / top : 0)));
        }
        return keywords;
    }

    /**
     * The {@code wanted} best terms by weight, ties to the earlier term in alphabetical order: a
     * partial selection when only a few of the article's hundreds of terms are asked for, a sort
     * when all of them are (the partial selection would cost the square of the vocabulary).
     */
    private static Integer[] best(AnalyzedArticle article, double[] weight, int wanted) {
        Comparator<Integer> better = Comparator.<Integer>comparingDouble(t -> -weight[t]).thenComparing(t -> article.vocabulary.get(t));
        if (wanted == weight.length) {
            Integer[] all = new Integer[wanted];
            for (int t = 0; t < wanted; t++) {
                all[t] = t;
            }
            Arrays.sort(all, better);
            return all;
        }
        Integer[] best = new Integer[wanted];
        int found = 0;
        for (int t = 0; t < weight.length; t++) {
            if (found == wanted && better.compare(t, best[wanted - 1]) >= 0) {
                continue;
            }
            int at = found == wanted ? wanted - 1 : found++;
            while (at > 0 && better.compare(t, best[at - 1]) < 0) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = t;
        }
        return best;
    }

    private static double round(double value) {
        return Math.round(value * 1e4) / 1e4;
    }
}
