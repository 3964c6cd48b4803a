package dev.precis.summary;

/**
 * Continuous LexRank (Erkan and Radev, 2004): edges are the IDF-modified cosine similarities of
 * two sentences above a threshold of 0.1, and PageRank ranks the sentences. IDF comes from the
 * stored corpus, blended with the article's own sentences while the corpus is small.
 */
final class LexRankRanker implements SentenceRanker {

    static final double THRESHOLD = 0.1;

    @Override
    public double[] scores(AnalyzedArticle article, int target) {
        double[] idf = article.inverseDocumentFrequency();
        // only the sentences the graph holds
        TermVector[] weighted = new TermVector[Math.min(article.size(), SentenceGraph.MAX_SENTENCES)];
        for (int i = 0; i < weighted.length; i++) {
            weighted[i] = article.vectors[i].scaled(idf);
        }
        return SentenceGraph.pageRank(article.size(), (a, b) -> {
            double similarity = weighted[a].cosine(weighted[b]);
            return similarity > THRESHOLD ? similarity : 0;
        });
    }
}
