package com.myhomecontrol.platform.control;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;

/** What to do once the transaction has committed, and only then. */
public final class AfterCommit implements Synchronization {

    private final Runnable action;

    public AfterCommit(Runnable action) {
        this.action = action;
    }

    @Override
    public void beforeCompletion() {
        // nothing before: the action follows the outcome
    }

    @Override
    public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
            action.run();
        }
    }
}
