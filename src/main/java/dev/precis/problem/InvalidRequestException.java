package dev.precis.problem;

import java.util.List;

/** A request whose fields are wrong; answered with 400 and the fields named. */
public class InvalidRequestException extends ProblemException {

    public InvalidRequestException(List<Problem.FieldError> errors) {
        super(400, errors);
    }

    public InvalidRequestException(String field, String message) {
        this(List.of(new Problem.FieldError(field, message)));
    }
}
