package dev.precis.submission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import dev.precis.PrecisConfig;
import dev.precis.problem.InvalidRequestException;
import dev.precis.problem.Problem.FieldError;
import dev.precis.summary.Algorithm;
import dev.precis.summary.MultiDocumentSummarizer;
import dev.precis.summary.SummaryOptions;
import dev.precis.text.Language;

/**
 * Reads the summary options a client sent (JSON fields or query parameters, see
 * {@link SummaryOptionsInput}), checks them against the configured limits and builds the engine's
 * {@link SummaryOptions}; every wrong field is named in one 400 answer.
 */
@ApplicationScoped
public class SummaryOptionsParser {

    private final PrecisConfig config;

    SummaryOptionsParser(PrecisConfig config) {
        this.config = config;
    }

    public SummaryOptions parse(SummaryOptionsInput input) {
        SummaryOptionsInput given = input == null ? new SummaryOptionsInput() : input;
        List<FieldError> errors = new ArrayList<>();
        Integer sentences = wholeNumber("sentences", given.sentences, errors);
        Double ratio = number("ratio", given.ratio, errors);
        Integer maxWords = wholeNumber("maxWords", given.maxWords, errors);
        Boolean avoidQuotes = trueOrFalse("avoidQuotes", given.avoidQuotes, errors);
        Boolean avoidQuestions = trueOrFalse("avoidQuestions", given.avoidQuestions, errors);
        Integer keywords = wholeNumber("keywords", given.keywords, errors);
        int maxSentences = config.summary().maxSentences();
        if (sentences != null && (sentences < 1 || sentences > maxSentences)) {
            errors.add(new FieldError("sentences", "must be between 1 and " + maxSentences));
        }
        if (ratio != null && (ratio.isNaN() || ratio <= 0 || ratio > 1)) {
            errors.add(new FieldError("ratio", "must be greater than 0 and at most 1"));
        }
        if (maxWords != null && maxWords < 1) {
            errors.add(new FieldError("maxWords", "must be at least 1"));
        }
        List<String> lengths = new ArrayList<>();
        if (sentences != null) {
            lengths.add("sentences");
        }
        if (ratio != null) {
            lengths.add("ratio");
        }
        if (maxWords != null) {
            lengths.add("maxWords");
        }
        for (String conflicting : lengths.subList(Math.min(1, lengths.size()), lengths.size())) {
            errors.add(new FieldError(conflicting, "conflicts with " + lengths.get(0) + ": give at most one of sentences, ratio and maxWords"));
        }
        Algorithm algorithm = null;
        if (given.algorithm != null) {
            algorithm = Algorithm.fromId(given.algorithm).orElse(null);
            if (algorithm == null) {
                errors.add(new FieldError("algorithm", "must be one of " + Algorithm.ids()));
            }
        }
        int maxKeywords = config.summary().maxKeywords();
        if (keywords != null && (keywords < 0 || keywords > maxKeywords)) {
            errors.add(new FieldError("keywords", "must be between 0 and " + maxKeywords));
        }
        Language language = null;
        if (given.language != null && !given.language.isBlank()) {
            language = Language.byCode(given.language).orElse(null);
            if (language == null) {
                errors.add(new FieldError("language", "must be the ISO 639-1 code of a supported language: " + Language.codes()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        if (sentences == null && ratio == null && maxWords == null) {
            sentences = config.summary().defaultSentences();
        }
        return new SummaryOptions(sentences, ratio, maxWords, algorithm,
                Boolean.TRUE.equals(avoidQuotes), Boolean.TRUE.equals(avoidQuestions),
                keywords == null ? config.summary().defaultKeywords() : keywords, language);
    }

    /**
     * The length of a summary of several documents (a story, or the documents of a request): at
     * most one of {@code sentences} (1 to {@code precis.summary.max-sentences}) and {@code maxWords}
     * (at least 1), {@code precis.summary.default-sentences} when neither is given. The other
     * options belong to the single-article algorithms and are refused by name.
     */
    public MultiDocumentSummarizer.Options parseLength(SummaryOptionsInput input) {
        SummaryOptionsInput given = input == null ? new SummaryOptionsInput() : input;
        List<FieldError> errors = new ArrayList<>();
        String unused = "is not an option of a summary of several documents; give sentences or maxWords";
        for (Map.Entry<String, String> other : Map.of("ratio", nullToEmpty(given.ratio), "algorithm", nullToEmpty(given.algorithm),
                "avoidQuotes", nullToEmpty(given.avoidQuotes), "avoidQuestions", nullToEmpty(given.avoidQuestions),
                "keywords", nullToEmpty(given.keywords), "language", nullToEmpty(given.language)).entrySet()) {
            if (!other.getValue().isBlank()) {
                errors.add(new FieldError(other.getKey(), unused));
            }
        }
        Integer sentences = wholeNumber("sentences", given.sentences, errors);
        Integer maxWords = wholeNumber("maxWords", given.maxWords, errors);
        int maxSentences = config.summary().maxSentences();
        if (sentences != null && (sentences < 1 || sentences > maxSentences)) {
            errors.add(new FieldError("sentences", "must be between 1 and " + maxSentences));
        }
        if (maxWords != null && maxWords < 1) {
            errors.add(new FieldError("maxWords", "must be at least 1"));
        }
        if (sentences != null && maxWords != null) {
            errors.add(new FieldError("maxWords", "conflicts with sentences: give at most one of sentences and maxWords"));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw new InvalidRequestException(errors);
        }
        if (maxWords != null) {
            return MultiDocumentSummarizer.Options.ofWords(maxWords);
        }
        return MultiDocumentSummarizer.Options.ofSentences(sentences != null ? sentences : config.summary().defaultSentences());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Reads a whole number given as text, as a query parameter or a JSON number (then an overflow is the client's error too). */
    public static Integer wholeNumber(String name, String value) {
        List<FieldError> errors = new ArrayList<>();
        Integer number = wholeNumber(name, value, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return number;
    }

    private static Integer wholeNumber(String name, String value, List<FieldError> errors) {
        return typed(name, value, Integer::valueOf, "a whole number", errors);
    }

    private static Double number(String name, String value, List<FieldError> errors) {
        return typed(name, value, Double::valueOf, "a number", errors);
    }

    private static Boolean trueOrFalse(String name, String value, List<FieldError> errors) {
        return typed(name, value, SummaryOptionsParser::parseBoolean, "true or false", errors);
    }

    /** The value read by {@code parse}; {@code null} when it is absent, or when it is malformed and the field is named in {@code errors}. */
    private static <T> T typed(String name, String value, Function<String, T> parse, String expected, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.trim());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, "must be " + expected));
            return null;
        }
    }

    private static Boolean parseBoolean(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        };
    }
}
