package dev.precis.problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A failure whose answer is known where it is thrown: the HTTP status and, for a request with wrong
 * fields, each field and what is wrong with it. {@link ProblemMapper} turns it into a
 * {@link Problem}; its message is the problem's detail, written for the client.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final transient List<Problem.FieldError> errors;

    public ProblemException(int status, String detail) {
        this(status, detail, List.of());
    }

    /** A problem with the fields named; the detail lists them. */
    public ProblemException(int status, List<Problem.FieldError> errors) {
        this(status, errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; ")), errors);
    }

    private ProblemException(int status, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    /** The invalid fields; empty when the problem is not about fields. */
    public List<Problem.FieldError> errors() {
        return errors;
    }
}
