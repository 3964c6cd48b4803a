package dev.precis.problem;

import java.util.List;

/** A request whose fields are wrong; answered with 400 and the fields named. */
public class InvalidRequestException extends RuntimeException {

    private final transient List<Problem.FieldError> errors;

    public InvalidRequestException(List<Problem.FieldError> errors) {
        super(describe(errors));
        this.errors = List.copyOf(errors);
    }

    public InvalidRequestException(String field, String message) {
        this(List.of(new Problem.FieldError(field, message)));
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    private static String describe(List<Problem.FieldError> errors) {
        StringBuilder sb = new StringBuilder();
        for (Problem.FieldError e : errors) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(e.field()).append(' ').append(e.message());
        }
        return sb.toString();
    }
}
