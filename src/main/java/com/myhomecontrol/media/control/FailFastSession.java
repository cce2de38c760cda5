package com.myhomecontrol.media.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Makes the {@code media} unit fail at once when PostgreSQL goes away, as the JDBC statements do,
 * so that the failover to the journal takes over: EclipseLink would otherwise retry a read whose
 * connection failed, with a pause before each try (measured: 10 s for a refused connection).
 */
public class FailFastSession implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        ((DatabaseLogin) session.getDatasourceLogin()).setQueryRetryAttemptCount(0);
    }
}
