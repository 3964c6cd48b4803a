package dev.precis.problem;

import java.io.EOFException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** Tells a database that cannot be reached apart from other failures, by the chain of causes. */
public final class DatabaseFailure {

    static final int RETRY_AFTER_SECONDS = 5;
    private static final int MAX_DEPTH = 20;
    /** How Hibernate's message begins when the pool could not give it a connection. */
    static final String ACQUISITION_FAILURE = "Unable to acquire JDBC Connection";

    private DatabaseFailure() {
    }

    public static boolean isUnavailable(Throwable error) {
        Throwable t = error;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            // no connection to be had, whatever the driver made of it: while the database is away a
            // new connection may also end as "interrupted while attempting to connect" (state 99999)
            if (t instanceof org.hibernate.JDBCException jdbc && jdbc.getMessage() != null
                    && jdbc.getMessage().startsWith(ACQUISITION_FAILURE)) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                // SQLState class 08: connection exception; 57P01-57P03: the server is shutting down or starting
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
                String message = sql.getMessage();
                if (message != null && (message.contains("Acquisition timeout") || message.contains("This connection has been closed"))) {
                    return true;
                }
            }
            // the driver's view of a dropped or refused connection
            if (t instanceof SocketException || t instanceof SocketTimeoutException || t instanceof EOFException) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause's class and message, for one log line. */
    static String summary(Throwable error) {
        Throwable root = error;
        for (int depth = 0; root.getCause() != null && depth < MAX_DEPTH; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
