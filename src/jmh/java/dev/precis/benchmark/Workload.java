package dev.precis.benchmark;

import java.util.List;

import dev.precis.summary.Algorithm;
import dev.precis.summary.Summarizer;
import dev.precis.summary.SummaryOptions;
import dev.precis.summary.TermStatistics;
import dev.precis.text.Language;
import dev.precis.text.Sentence;
import dev.precis.text.TextAnalyzer;
import dev.precis.text.WordTokenizer;

/**
 * What one benchmark operation does to one article: {@code floor} or one of the algorithms.
 * <ul>
 * <li>An algorithm runs the summary as {@code POST /api/v1/summaries} does for a request that
 * gives only the text and title: noise cleaning, language detection, sentence splitting, terms
 * (Snowball stems without stopwords), ranking, three sentences and five keywords with corpus IDF
 * (from memory here; the service reads it through a cache).</li>
 * <li>{@code floor} only splits the article into sentences (English model, with the splitter's
 * corrections) and each sentence into words: what any summarizer that weighs terms must do at the
 * least, without cleaning, language detection, stemming, stopwords, ranking or keywords.</li>
 * </ul>
 */
final class Workload {

    static final String FLOOR = "floor";
    /** The service's defaults for a request that names no options. */
    static final int SENTENCES = 3;
    static final int KEYWORDS = 5;

    private final List<DevSet.Article> articles;
    private final Summarizer summarizer;
    private final TermStatistics corpus;
    private final SummaryOptions options;
    private final TextAnalyzer english;
    private final WordTokenizer tokenizer = new WordTokenizer();

    Workload(String pipeline, int length) {
        List<DevSet.Article> devSet = DevSet.articles();
        this.summarizer = new Summarizer();
        this.corpus = DevSet.corpus(summarizer, devSet);
        this.articles = DevSet.joined(devSet, length);
        this.english = summarizer.models().analyzer(Language.ENGLISH);
        if (FLOOR.equals(pipeline)) {
            this.options = null;
        } else {
            Algorithm algorithm = Algorithm.fromId(pipeline).orElseThrow(() -> new IllegalArgumentException("No algorithm " + pipeline));
            this.options = SummaryOptions.ofSentences(SENTENCES).withAlgorithm(algorithm).withKeywords(KEYWORDS);
        }
    }

    int size() {
        return articles.size();
    }

    /** Characters of all articles, to report the mean length. */
    long characters() {
        return articles.stream().mapToLong(a -> a.text().length()).sum();
    }

    Object run(int index) {
        DevSet.Article article = articles.get(index);
        if (options == null) {
            return floor(article.text());
        }
        return summarizer.summarize(article.title(), article.text(), options, corpus);
    }

    private int floor(String text) {
        int words = 0;
        for (Sentence sentence : english.sentences(text)) {
            words += tokenizer.words(text, sentence.start(), sentence.end()).size();
        }
        return words;
    }
}
