package dev.precis.submission;

import java.io.IOException;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/**
 * The summary options a client sends, as it sent them: fields of a JSON body (which holds this
 * object {@code @JsonUnwrapped}) or query parameters (this object as a {@code @BeanParam}). Each
 * value is kept as text, so {@link SummaryOptionsParser} reads both the same way and names a
 * malformed value in a 400 (a query parameter that failed the framework's own conversion would be
 * a 404). A JSON field must still have its JSON type: {@code "sentences": "3"} is refused as JSON.
 */
public class SummaryOptionsInput {

    private static final String SENTENCES = "Sentences in the summary (default precis.summary.default-sentences, 3); give at most one of sentences, ratio and maxWords";
    private static final String RATIO = "Fraction of the article's sentences, in (0, 1]; the summary holds at most precis.summary.max-sentences (100)";
    private static final String MAX_WORDS = "Word budget for the summary; the summary holds at most precis.summary.max-sentences (100) sentences";
    private static final String ALGORITHM = "news-centrality (default), textrank, lexrank, luhn or lead";
    private static final String AVOID_QUOTES = "Leave out quotations while enough other sentences remain";
    private static final String AVOID_QUESTIONS = "Leave out questions while enough other sentences remain";
    private static final String KEYWORDS = "How many keywords the summary has (default precis.summary.default-keywords, 5; 0 for none)";
    private static final String LANGUAGE = "ISO 639-1 code of the article's language; detected when left out";

    @QueryParam("sentences")
    @Parameter(description = SENTENCES)
    @Schema(description = SENTENCES, type = SchemaType.INTEGER, format = "int32", example = "3")
    @JsonDeserialize(using = WholeNumber.class)
    public String sentences;

    @QueryParam("ratio")
    @Parameter(description = RATIO)
    @Schema(description = RATIO, type = SchemaType.NUMBER, format = "double", example = "0.3")
    @JsonDeserialize(using = JsonNumber.class)
    public String ratio;

    @QueryParam("maxWords")
    @Parameter(description = MAX_WORDS)
    @Schema(description = MAX_WORDS, type = SchemaType.INTEGER, format = "int32", example = "80")
    @JsonDeserialize(using = WholeNumber.class)
    public String maxWords;

    @QueryParam("algorithm")
    @Parameter(description = ALGORITHM)
    @Schema(description = ALGORITHM, example = "news-centrality")
    public String algorithm;

    @QueryParam("avoidQuotes")
    @Parameter(description = AVOID_QUOTES)
    @Schema(description = AVOID_QUOTES, type = SchemaType.BOOLEAN, example = "false")
    @JsonDeserialize(using = JsonBoolean.class)
    public String avoidQuotes;

    @QueryParam("avoidQuestions")
    @Parameter(description = AVOID_QUESTIONS)
    @Schema(description = AVOID_QUESTIONS, type = SchemaType.BOOLEAN, example = "false")
    @JsonDeserialize(using = JsonBoolean.class)
    public String avoidQuestions;

    @QueryParam("keywords")
    @Parameter(description = KEYWORDS)
    @Schema(description = KEYWORDS, type = SchemaType.INTEGER, format = "int32", example = "5")
    @JsonDeserialize(using = WholeNumber.class)
    public String keywords;

    @QueryParam("language")
    @Parameter(description = LANGUAGE)
    @Schema(description = LANGUAGE, example = "en")
    public String language;

    /** Reads a JSON value of one type as its text, and refuses a value of any other type. */
    private abstract static class JsonText extends StdDeserializer<String> {

        private final Class<?> type;

        JsonText(Class<?> type) {
            super(String.class);
            this.type = type;
        }

        abstract boolean accepts(JsonToken token);

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!accepts(parser.currentToken())) {
                context.handleUnexpectedToken(type, parser);
            }
            return parser.getText();
        }
    }

    static final class WholeNumber extends JsonText {

        WholeNumber() {
            super(Integer.class);
        }

        @Override
        boolean accepts(JsonToken token) {
            return token == JsonToken.VALUE_NUMBER_INT;
        }
    }

    static final class JsonNumber extends JsonText {

        JsonNumber() {
            super(Double.class);
        }

        @Override
        boolean accepts(JsonToken token) {
            return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
        }
    }

    static final class JsonBoolean extends JsonText {

        JsonBoolean() {
            super(Boolean.class);
        }

        @Override
        boolean accepts(JsonToken token) {
            return token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
        }
    }
}
