package dev.precis.auth;

import dev.precis.problem.ProblemException;

/** A request without a valid key (401) or with a key that lacks the scope (403). */
public class AccessDeniedException extends ProblemException {

    public AccessDeniedException(int status, String message) {
        super(status, message);
    }
}
