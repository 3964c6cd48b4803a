package dev.precis.html;

/** An HTML page in which no article text can be found. */
public class UnreadablePageException extends RuntimeException {

    public UnreadablePageException(String message) {
        super(message);
    }
}
