package dev.precis.problem;

/** An {@code If-Match} that no longer names the stored article; answered with 412. */
public class PreconditionFailedException extends ProblemException {

    public PreconditionFailedException(String message) {
        super(412, message);
    }
}
