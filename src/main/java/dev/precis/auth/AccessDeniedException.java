package dev.precis.auth;

/** A request without a valid key (401) or with a key that lacks the scope (403). */
public class AccessDeniedException extends RuntimeException {

    private final int status;

    public AccessDeniedException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
