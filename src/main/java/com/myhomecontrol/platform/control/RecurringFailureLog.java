package com.myhomecontrol.platform.control;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A failure that may repeat at every attempt (a database away): logged as a warning when it starts
 * failing and at info when it works again, in between only at fine and without the stack trace, so
 * that an outage is one entry in the log, not one a second.
 */
public final class RecurringFailureLog {

    private final Logger log;
    private final String recovered;
    private volatile boolean failing;

    /** {@code recovered}: the line logged when it works again. */
    public RecurringFailureLog(Logger log, String recovered) {
        this.log = log;
        this.recovered = recovered;
    }

    public void worked() {
        if (failing) {
            failing = false;
            log.info(recovered);
        }
    }

    public void failed(String what, Exception e) {
        if (!failing) {
            failing = true;
            log.log(Level.WARNING, what + " (logged once until it works again)", e);
        } else {
            log.fine(() -> what + ": " + e);
        }
    }
}
