package dev.precis.summary;

/**
 * TextRank (Mihalcea and Tarau, 2004): sentences are nodes, edges weigh the content terms two
 * sentences share normalized by the logarithms of their lengths, and PageRank ranks the nodes.
 */
final class TextRankRanker implements SentenceRanker {

    @Override
    public double[] scores(AnalyzedArticle article, int target) {
        TermVector[] v = article.vectors;
        int[][] terms = article.terms;
        return SentenceGraph.pageRank(article.size(), (a, b) -> {
            int la = terms[a].length;
            int lb = terms[b].length;
            if (la == 0 || lb == 0) {
                return 0;
            }
            double norm = Math.log(la) + Math.log(lb);
            int shared = v[a].overlap(v[b]);
            // two one-word sentences: log 1 + log 1 = 0, the overlap alone is the weight
            return norm <= 0 ? shared : shared / norm;
        });
    }
}
