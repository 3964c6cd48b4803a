package dev.precis.problem;

/** A write that contradicts what is stored, such as a text already stored as another article; answered with 409. */
public class ConflictException extends RuntimeException {

    private final transient java.util.List<Problem.FieldError> errors;

    public ConflictException(String field, String message) {
        super(field + " " + message);
        this.errors = java.util.List.of(new Problem.FieldError(field, message));
    }

    public java.util.List<Problem.FieldError> errors() {
        return errors;
    }
}
