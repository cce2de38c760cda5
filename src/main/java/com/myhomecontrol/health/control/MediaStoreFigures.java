package com.myhomecontrol.health.control;

import com.myhomecontrol.health.entity.Health;
import com.myhomecontrol.media.control.FailoverMediaStore;
import com.myhomecontrol.media.entity.MediaStoreStatus;
import com.myhomecontrol.platform.control.PostgresDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * PostgreSQL and the journal as the media store last found them: no connection is tried here, so
 * the answer is quick also while PostgreSQL is away. The store notices PostgreSQL going away at the
 * first media write that fails over, and asks it again every MEDIA_RECOVERY_CHECK_SECONDS while it is away.
 */
@ApplicationScoped
public class MediaStoreFigures {

    /** The figures, and the media store's problem (why PostgreSQL is away, or why replaying fails), or null. */
    public record Reading(Health.Postgres postgres, Health.Journal journal, String problem) {
    }

    @Inject
    FailoverMediaStore store;

    @Inject
    PostgresPool pool;

    @Inject
    PostgresDatabase database;

    public Reading read() {
        MediaStoreStatus status = store.status();
        if (!status.postgresConfigured()) {
            return new Reading(new Health.Postgres(Health.Postgres.NOT_CONFIGURED, null, null, null), journal(status),
                    status.problem());
        }
        // A replay that fails for another reason keeps the journal active although PostgreSQL answered.
        boolean away = onJournal(status) && !status.recoveryFailing();
        var postgres = new Health.Postgres(away ? Health.Postgres.UNREACHABLE : Health.Postgres.REACHABLE,
                database.host().orElseThrow(),
                pool.inUse(), pool.size());
        return new Reading(postgres, journal(status), status.problem());
    }

    /** The journal alone, without asking the pool: what waits there for PostgreSQL (nothing without PostgreSQL). */
    public Health.Journal journal() {
        return journal(store.status());
    }

    private static Health.Journal journal(MediaStoreStatus status) {
        return status.postgresConfigured() ? new Health.Journal(onJournal(status), status.journalEntries()) : new Health.Journal(true, 0);
    }

    private static boolean onJournal(MediaStoreStatus status) {
        return !"postgresql".equals(status.activeStore());
    }
}
