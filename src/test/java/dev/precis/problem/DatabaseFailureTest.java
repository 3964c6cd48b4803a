package dev.precis.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

class DatabaseFailureTest {

    @Test
    void shouldTakeAFailedConnectionAttemptForAnUnavailableDatabase() {
        // what the driver throws when a connection attempt is interrupted while the database is away
        SQLException driver = new SQLException("Something unusual has occurred to cause the driver to fail. Please report this exception.",
                "99999", new RuntimeException("Interrupted while attempting to connect."));
        assertTrue(DatabaseFailure.isUnavailable(new GenericJDBCException("Unable to acquire JDBC Connection [" + driver.getMessage() + "] [n/a]", driver)));
        assertTrue(DatabaseFailure.isUnavailable(new RuntimeException(new SQLException("connection refused", "08001"))));
    }

    @Test
    void shouldNotTakeAFailedStatementForAnUnavailableDatabase() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
        assertFalse(DatabaseFailure.isUnavailable(new ConstraintViolationException("could not execute statement", duplicate, "article_text_hash_key")));
        assertFalse(DatabaseFailure.isUnavailable(new GenericJDBCException("could not execute query", new SQLException("syntax error", "42601"))));
    }

    @Test
    void shouldTakeAFailedCommitOrATimedOutStatementForAnUnavailableDatabase() {
        assertTrue(DatabaseFailure.isUnavailable(new RuntimeException(new jakarta.transaction.RollbackException("commit failed"))));
        assertTrue(DatabaseFailure.isUnavailable(new GenericJDBCException("could not execute query",
                new SQLException("canceling statement due to statement timeout", "57014"))));
    }

    @Test
    void shouldNotTakeACommitRefusedForTheDataForAnUnavailableDatabase() {
        jakarta.transaction.RollbackException refused = new jakarta.transaction.RollbackException("commit failed");
        refused.initCause(new SQLException("duplicate key value violates unique constraint", "23505"));
        assertFalse(DatabaseFailure.isUnavailable(refused));
    }

    @Test
    void shouldTakeAServerShortOfAResourceOrALostConflictForAnUnavailableDatabase() {
        // a store whose advisory locks found the server's shared lock table full
        assertTrue(DatabaseFailure.isUnavailable(new GenericJDBCException("could not execute statement",
                new SQLException("out of shared memory", "53200"))));
        assertTrue(DatabaseFailure.isUnavailable(new RuntimeException(new SQLException("sorry, too many clients already", "53300"))));
        assertTrue(DatabaseFailure.isUnavailable(new GenericJDBCException("could not execute statement",
                new SQLException("deadlock detected", "40P01"))));
        assertTrue(DatabaseFailure.isUnavailable(new GenericJDBCException("could not execute statement",
                new SQLException("could not serialize access due to concurrent update", "40001"))));
    }
}
