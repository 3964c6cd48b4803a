package dev.precis.eval;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.CRC32;

import dev.precis.summary.Algorithm;
import dev.precis.summary.Summarizer;
import dev.precis.summary.SummaryOptions;
import dev.precis.summary.TermStatistics;

/**
 * Scores the summarizer on evaluation sets with the shared protocol: macro-averaged ROUGE-1,
 * ROUGE-2 and ROUGE-L F1; R1 and R2 against the reference, RL against the reference in article
 * order where the set has one. As in production, corpus statistics come from the set's own
 * articles, as if they had all been stored before any summary was asked for, and the language
 * of each article is detected, as it is for a request that names none.
 * <p>
 * {@link #main} prints a table of every algorithm on the sets it is given.
 */
public final class Evaluation {

    /** Macro-averaged F1 scores of one system on one set. */
    public record Result(double rouge1, double rouge2, double rougeL) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "R1 %.4f  R2 %.4f  RL %.4f", rouge1, rouge2, rougeL);
        }
    }

    /** How a set is summarized: a fixed count of sentences, or as many as the reference has. */
    public enum Protocol {
        /** Extractive references (bbc100): ask for the reference's sentence count k. */
        REFERENCE_LENGTH,
        /** Newsroom highlights (cnndm100): ask for three sentences. */
        THREE_SENTENCES;

        int sentences(EvalArticle article) {
            return this == REFERENCE_LENGTH ? Math.max(1, article.k()) : 3;
        }

        /** Sets with {@code reference_ordered} hold extractive references; the others hold highlights. */
        static Protocol of(List<EvalArticle> set) {
            boolean extractive = set.stream().anyMatch(a -> !a.referenceOrdered().equals(a.reference()));
            return extractive ? REFERENCE_LENGTH : THREE_SENTENCES;
        }
    }

    private final Summarizer summarizer;

    public Evaluation(Summarizer summarizer) {
        this.summarizer = summarizer;
    }

    /** Scores summaries made by {@code summarize} (article → summary text) over the set. */
    public static Result score(List<EvalArticle> set, Function<EvalArticle, String> summarize) {
        double r1 = 0;
        double r2 = 0;
        double rl = 0;
        for (EvalArticle article : set) {
            String summary = summarize.apply(article);
            r1 += Rouge.rouge1(article.reference(), summary).f1();
            r2 += Rouge.rouge2(article.reference(), summary).f1();
            rl += Rouge.rougeL(article.referenceOrdered(), summary).f1();
        }
        int n = Math.max(1, set.size());
        return new Result(r1 / n, r2 / n, rl / n);
    }

    /** Scores one algorithm on a set under the set's protocol, with the set as the stored corpus. */
    public Result evaluate(List<EvalArticle> set, Algorithm algorithm) {
        return evaluate(set, algorithm, Protocol.of(set));
    }

    public Result evaluate(List<EvalArticle> set, Algorithm algorithm, Protocol protocol) {
        TermStatistics corpus = corpusOf(set);
        return score(set, a -> summarizer.summarize(a.title(), a.text(),
                SummaryOptions.ofSentences(protocol.sentences(a)).withAlgorithm(algorithm), corpus).summaryText());
    }

    /** Document frequencies of the set's articles, per language, counted the way storing them counts them. */
    TermStatistics corpusOf(List<EvalArticle> set) {
        InMemoryCorpus corpus = new InMemoryCorpus(summarizer);
        for (EvalArticle a : set) {
            corpus.add(a.title(), a.text());
        }
        return corpus;
    }

    /** Where the larger set of newsroom highlights is read from, relative to the project's root. */
    public static final Path LARGE_SET = Path.of("../shared/eval/cnndm-large.jsonl");

    /**
     * Prints a Markdown table of every algorithm on each JSONL set named on the command line
     * (default: the two development sets and {@link #LARGE_SET}; a set that is not there is skipped
     * with a message). A set whose articles name their outlet gets a row per outlet as well; on
     * sets of highlights each row also shows how far it is ahead of the lead, the line to beat.
     */
    /** The tuning half of a set: the stories whose id has an even CRC-32; the others are held out. */
    static boolean isTuningHalf(EvalArticle article) {
        CRC32 crc = new CRC32();
        crc.update(article.id().getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 2 == 0;
    }

    public static void main(String[] args) {
        List<Path> sets = new ArrayList<>();
        for (String arg : args) {
            sets.add(Path.of(arg));
        }
        if (sets.isEmpty()) {
            Path dir = Path.of("src/test/resources/eval");
            sets.add(dir.resolve("bbc100.jsonl"));
            sets.add(dir.resolve("cnndm100.jsonl"));
            sets.add(LARGE_SET);
        }
        Evaluation evaluation = new Evaluation(new Summarizer());
        System.out.println("| set | protocol | algorithm | R1 | R2 | RL | R1 / R2 vs lead |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Path path : sets) {
            if (!Files.isRegularFile(path)) {
                System.err.println("No evaluation set at " + path + ": skipped");
                continue;
            }
            List<EvalArticle> set = EvalArticle.read(path);
            Protocol protocol = Protocol.of(set);
            String name = path.getFileName().toString().replaceFirst("\\.jsonl$", "");
            Map<String, List<EvalArticle>> parts = new LinkedHashMap<>();
            parts.put(name, set);
            for (EvalArticle a : set) {
                if (!a.outlet().isEmpty()) {
                    parts.computeIfAbsent(name + " " + a.outlet(), key -> new ArrayList<>()).add(a);
                }
            }
            if (path.getFileName().equals(LARGE_SET.getFileName())) {
                // the halves the default's settings were chosen on and confirmed on (docs/summarization.md)
                for (EvalArticle a : set) {
                    parts.computeIfAbsent(name + (isTuningHalf(a) ? " tuning half" : " held-out half"), key -> new ArrayList<>()).add(a);
                }
                for (EvalArticle a : set) {
                    if (!a.outlet().isEmpty()) {
                        parts.computeIfAbsent(name + (isTuningHalf(a) ? " tuning half " : " held-out half ") + a.outlet(), key -> new ArrayList<>())
                                .add(a);
                    }
                }
            }
            Map<Algorithm, List<String>> summaries = new EnumMap<>(Algorithm.class);
            for (Algorithm algorithm : Algorithm.values()) {
                summaries.put(algorithm, evaluation.summaries(set, algorithm, protocol));
            }
            for (Map.Entry<String, List<EvalArticle>> part : parts.entrySet()) {
                Result lead = part(set, part.getValue(), summaries.get(Algorithm.LEAD));
                for (Algorithm algorithm : Algorithm.values()) {
                    Result r = part(set, part.getValue(), summaries.get(algorithm));
                    String ahead = protocol == Protocol.THREE_SENTENCES && algorithm != Algorithm.LEAD
                            ? String.format(Locale.ROOT, "%+.4f / %+.4f", r.rouge1() - lead.rouge1(), r.rouge2() - lead.rouge2())
                            : "";
                    System.out.printf(Locale.ROOT, "| %s | %s | %s%s | %.4f | %.4f | %.4f | %s |%n", part.getKey(),
                            protocol == Protocol.REFERENCE_LENGTH ? "k sentences" : "3 sentences",
                            algorithm.id(), algorithm == Algorithm.DEFAULT ? " (default)" : "", r.rouge1(), r.rouge2(), r.rougeL(), ahead);
                }
            }
        }
    }

    /** The scores of the articles of {@code part}, given the summaries of the whole set in its order. */
    private static Result part(List<EvalArticle> set, List<EvalArticle> part, List<String> summaries) {
        Map<EvalArticle, String> byArticle = new IdentityHashMap<>();
        for (int i = 0; i < set.size(); i++) {
            byArticle.put(set.get(i), summaries.get(i));
        }
        return score(part, byArticle::get);
    }

    /** The summary text of every article of a set, in the set's order. */
    public List<String> summaries(List<EvalArticle> set, Algorithm algorithm, Protocol protocol) {
        TermStatistics corpus = corpusOf(set);
        List<String> summaries = new ArrayList<>(set.size());
        for (EvalArticle a : set) {
            summaries.add(summarizer.summarize(a.title(), a.text(), SummaryOptions.ofSentences(protocol.sentences(a)).withAlgorithm(algorithm), corpus)
                    .summaryText());
        }
        return summaries;
    }
}
