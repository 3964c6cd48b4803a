package dev.precis.problem;

import java.io.EOFException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that cannot answer now apart from other failures, by the chain of causes: one
 * that cannot be reached, a transaction whose commit failed (the database went away between the
 * statements and the commit), a statement stopped by {@code statement_timeout}, a server short of a
 * resource and a transaction that lost a conflict with another. A client may retry them all;
 * writes are idempotent, so a retried store whose first commit did land finds its article.
 */
public final class DatabaseFailure {

    static final int RETRY_AFTER_SECONDS = 5;
    private static final int MAX_DEPTH = 20;
    /** How Hibernate's message begins when the pool could not give it a connection. */
    static final String ACQUISITION_FAILURE = "Unable to acquire JDBC Connection";
    /** The SQLState of a statement cancelled by statement_timeout. */
    static final String STATEMENT_TIMEOUT = "57014";

    private DatabaseFailure() {
    }

    public static boolean isUnavailable(Throwable error) {
        boolean commitFailed = false;
        Throwable t = error;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof jakarta.transaction.RollbackException || t instanceof jakarta.transaction.HeuristicMixedException
                    || t instanceof jakarta.transaction.HeuristicRollbackException || t instanceof jakarta.transaction.SystemException) {
                commitFailed = true;
            }
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
                // SQLState class 08: connection exception; 57P01-57P03: the server is shutting down or
                // starting; 57014: the statement ran past statement_timeout; class 53: the server ran
                // out of a resource for the moment (its shared lock table, memory, connections, disk);
                // 40001 and 40P01: the transaction lost a serialization conflict or a deadlock to a
                // concurrent one, and the same request may well pass when sent again
                if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals(STATEMENT_TIMEOUT)
                        || state.startsWith("53") || state.equals("40001") || state.equals("40P01"))) {
                    return true;
                }
                // a commit refused for what the data broke (class 23) is the request's fault, not the database's
                if (state != null && state.startsWith("23")) {
                    return false;
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
        return commitFailed;
    }

    /**
     * Whether PostgreSQL refused a time as out of its range (SQLState 22008, datetime field
     * overflow): a time the request gave, which Java reads (years up to ±999,999,999) but a
     * {@code timestamptz} cannot hold.
     */
    public static boolean isTimeOutOfRange(Throwable error) {
        Throwable t = error;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof SQLException sql && DATETIME_FIELD_OVERFLOW.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The SQLState of a time outside PostgreSQL's range. */
    static final String DATETIME_FIELD_OVERFLOW = "22008";

    /** The innermost cause's class and message, for one log line. */
    static String summary(Throwable error) {
        Throwable root = error;
        for (int depth = 0; root.getCause() != null && depth < MAX_DEPTH; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
