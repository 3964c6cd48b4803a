package dev.precis.problem;

import java.util.List;

/** A write that contradicts what is stored, such as a text already stored as another article; answered with 409. */
public class ConflictException extends ProblemException {

    public ConflictException(String field, String message) {
        super(409, List.of(new Problem.FieldError(field, message)));
    }
}
