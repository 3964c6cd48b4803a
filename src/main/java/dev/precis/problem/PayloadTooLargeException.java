package dev.precis.problem;

/** A request body or text beyond the configured limit; answered with 413. */
public class PayloadTooLargeException extends ProblemException {

    public PayloadTooLargeException(String message) {
        super(413, message);
    }
}
