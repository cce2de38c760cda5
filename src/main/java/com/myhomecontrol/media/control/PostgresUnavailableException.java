package com.myhomecontrol.media.control;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/** PostgreSQL could not be reached or went away: the failover takes over, nothing is lost. */
public class PostgresUnavailableException extends RuntimeException {

    /** SQL states of a connection that cannot be made or was cut, and of a server shutting down or starting. */
    private static final Set<String> OUTAGE_CLASSES = Set.of("08", "53", "57");

    public PostgresUnavailableException(SQLException cause) {
        super("PostgreSQL is unavailable: " + cause.getMessage(), cause);
    }

    /** An outage, as opposed to a refused statement, which is an error to report, not to fail over. */
    public static boolean isOutage(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2
                    && OUTAGE_CLASSES.contains(sql.getSQLState().substring(0, 2))) {
                return true;
            }
        }
        return false;
    }
}
