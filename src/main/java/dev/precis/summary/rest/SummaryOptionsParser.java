package dev.precis.summary.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.precis.PrecisConfig;
import dev.precis.problem.InvalidRequestException;
import dev.precis.problem.Problem.FieldError;
import dev.precis.summary.Algorithm;
import dev.precis.summary.SummaryOptions;
import dev.precis.text.Language;

/**
 * Checks the options of a summarize request against the configured limits and builds the engine's
 * {@link SummaryOptions}; every wrong field is named in one 400 answer.
 */
@ApplicationScoped
public class SummaryOptionsParser {

    private final PrecisConfig config;

    SummaryOptionsParser(PrecisConfig config) {
        this.config = config;
    }

    public SummaryOptions parse(SummaryOptionsRequest request) {
        List<FieldError> errors = new ArrayList<>();
        int maxSentences = config.summary().maxSentences();
        Integer sentences = request.sentences();
        if (sentences != null && (sentences < 1 || sentences > maxSentences)) {
            errors.add(new FieldError("sentences", "must be between 1 and " + maxSentences));
        }
        Double ratio = request.ratio();
        if (ratio != null && (ratio.isNaN() || ratio <= 0 || ratio > 1)) {
            errors.add(new FieldError("ratio", "must be greater than 0 and at most 1"));
        }
        Integer maxWords = request.maxWords();
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
        if (request.algorithm() != null) {
            algorithm = Algorithm.fromId(request.algorithm()).orElse(null);
            if (algorithm == null) {
                errors.add(new FieldError("algorithm", "must be one of " + Algorithm.ids()));
            }
        }
        int maxKeywords = config.summary().maxKeywords();
        Integer keywords = request.keywords();
        if (keywords != null && (keywords < 0 || keywords > maxKeywords)) {
            errors.add(new FieldError("keywords", "must be between 0 and " + maxKeywords));
        }
        Language language = null;
        if (request.language() != null && !request.language().isBlank()) {
            language = Language.byCode(request.language()).orElse(null);
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
                Boolean.TRUE.equals(request.avoidQuotes()), Boolean.TRUE.equals(request.avoidQuestions()),
                keywords == null ? config.summary().defaultKeywords() : keywords, language);
    }

    /** Reads a whole-number query parameter, naming it when it is not one. */
    public static Integer intParam(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, "must be a whole number");
        }
    }

    /** Reads a true/false query parameter, naming it when it is neither. */
    public static Boolean booleanParam(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidRequestException(name, "must be true or false");
        };
    }

    /** Reads a decimal query parameter, naming it when it is not one. */
    public static Double doubleParam(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, "must be a number");
        }
    }
}
