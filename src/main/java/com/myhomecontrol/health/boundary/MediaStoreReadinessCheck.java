package com.myhomecontrol.health.boundary;

import com.myhomecontrol.media.control.FailoverMediaStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Which store takes media writes and what waits in the journal. PostgreSQL being away does not
 * make the platform unready (the journal takes the writes); a replay failing for another reason does.
 */
@Readiness
@ApplicationScoped
public class MediaStoreReadinessCheck implements HealthCheck {

    @Inject
    FailoverMediaStore store;

    @Override
    public HealthCheckResponse call() {
        var status = store.status();
        var response = HealthCheckResponse.named("media-store")
                .status(!status.recoveryFailing())
                .withData("active_store", status.activeStore())
                .withData("postgres_configured", status.postgresConfigured())
                .withData("journal_entries_waiting", status.journalEntries())
                .withData("journal_file", status.journalFile())
                .withData("unreadable_lines_set_aside", status.unreadableLines())
                .withData("refused_at_replay", status.refusedEntries());
        if (status.problem() != null) {
            response.withData("problem", status.problem());
        }
        return response.build();
    }
}
