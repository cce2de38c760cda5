package com.myhomecontrol.health.control;

import com.myhomecontrol.health.entity.Health;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HealthRulesTest {

    private static final long GB = 1L << 30;
    private static final Health.Disk ROOMY_DISK = new Health.Disk("/data", 50 * GB, 100 * GB);
    private static final Health.Timeseries WRITABLE = timeseries(Health.Timeseries.OK);
    private static final Health.Postgres REACHABLE = new Health.Postgres(Health.Postgres.REACHABLE, "db", 1, 10);
    private static final Health.Journal IDLE_JOURNAL = new Health.Journal(false, 0);
    private static final Map<String, Health.Job> GOOD_JOBS = Map.of(
            "backup", new Health.Job(Instant.parse("2026-12-01T03:00:00Z"), "COMPLETED"),
            "restore", new Health.Job(null, null));

    @Test
    void allWellIsHealthyWithoutIssues() {
        var verdict = HealthRules.judge(figures(ROOMY_DISK, WRITABLE, null, REACHABLE, IDLE_JOURNAL, Map.of("plug", "online"), GOOD_JOBS));

        assertEquals(Health.HEALTHY, verdict.status());
        assertEquals(List.of(), verdict.issues());
    }

    @Test
    void aDiskUnderFivePercentFreeIsCritical() {
        var verdict = judge(new Health.Disk("/data", 4 * GB, 100 * GB));

        assertEquals(Health.CRITICAL, verdict.status());
        assertEquals(List.of("Only 4.0 % of the disk of /data is free (4096 MB of 102400 MB)"), verdict.issues());
    }

    @Test
    void aDiskWithFivePercentFreeIsNoProblem() {
        assertEquals(Health.HEALTHY, judge(new Health.Disk("/data", 5 * GB, 100 * GB)).status());
    }

    @Test
    void aFailingTimeseriesStoreIsCritical() {
        var verdict = HealthRules.judge(figures(ROOMY_DISK, timeseries(Health.Timeseries.FAILING), "[SQLITE_READONLY]",
                REACHABLE, IDLE_JOURNAL, Map.of(), GOOD_JOBS));

        assertEquals(Health.CRITICAL, verdict.status());
        assertEquals(List.of("The time-series store /data/timeseries.db is failing: [SQLITE_READONLY]"), verdict.issues());
    }

    @Test
    void postgresAwayWithTheJournalActiveIsAWarningNotAFailure() {
        var away = new Health.Postgres(Health.Postgres.UNREACHABLE, "db.home", 0, 10);
        var verdict = HealthRules.judge(new HealthRules.Figures(ROOMY_DISK, WRITABLE, null, away, new Health.Journal(true, 7),
                "Connection refused", Map.of(), GOOD_JOBS, null));

        assertEquals(Health.WARNING, verdict.status());
        assertEquals(List.of("PostgreSQL at db.home is unreachable (Connection refused); media metadata goes to the journal,"
                + " 7 entries wait to be replayed once it answers"), verdict.issues());
    }

    @Test
    void withoutPostgresTheJournalIsTheStoreAndNoProblem() {
        var none = new Health.Postgres(Health.Postgres.NOT_CONFIGURED, null, null, null);

        var verdict = HealthRules.judge(figures(ROOMY_DISK, WRITABLE, null, none, new Health.Journal(true, 0), Map.of(), GOOD_JOBS));

        assertEquals(Health.HEALTHY, verdict.status());
    }

    @Test
    void journalEntriesWaitingWhilePostgresAnswersAreAWarning() {
        var verdict = HealthRules.judge(figures(ROOMY_DISK, WRITABLE, null, REACHABLE, new Health.Journal(true, 3), Map.of(), GOOD_JOBS));

        assertEquals(Health.WARNING, verdict.status());
        assertEquals(List.of("3 media journal entries wait to be replayed into PostgreSQL"), verdict.issues());
    }

    @Test
    void devicesNotOnlineAreWarningsButPendingOnesAreNot() {
        var verdict = HealthRules.judge(figures(ROOMY_DISK, WRITABLE, null, REACHABLE, IDLE_JOURNAL,
                Map.of("garage", "offline", "new-plug", "pending", "netatmo", "auth_failed"), GOOD_JOBS));

        assertEquals(Health.WARNING, verdict.status());
        assertEquals(2, verdict.issues().size());
        assertTrue(verdict.issues().contains("Device garage is offline"));
        assertTrue(verdict.issues().contains("Device netatmo is auth failed"));
    }

    @Test
    void aFailedLastJobRunIsAWarning() {
        var verdict = HealthRules.judge(figures(ROOMY_DISK, WRITABLE, null, REACHABLE, IDLE_JOURNAL, Map.of(),
                Map.of("backup", new Health.Job(Instant.parse("2026-12-01T03:00:00Z"), "FAILED"))));

        assertEquals(Health.WARNING, verdict.status());
        assertEquals(List.of("The last run of job backup, started 2026-12-01T03:00:00Z, ended FAILED"), verdict.issues());
    }

    @Test
    void criticalWinsOverWarningsAndIsListedFirst() {
        var verdict = HealthRules.judge(figures(new Health.Disk("/data", GB, 100 * GB), WRITABLE, null, REACHABLE, IDLE_JOURNAL,
                Map.of("garage", "offline"), GOOD_JOBS));

        assertEquals(Health.CRITICAL, verdict.status());
        assertTrue(verdict.issues().get(0).startsWith("Only 1.0 % of the disk"), verdict.issues().toString());
        assertEquals("Device garage is offline", verdict.issues().get(1));
    }

    @Test
    void aJobRepositoryThatCannotBeReadIsAWarning() {
        var verdict = HealthRules.judge(new HealthRules.Figures(ROOMY_DISK, WRITABLE, null, REACHABLE, IDLE_JOURNAL, null,
                Map.of(), GOOD_JOBS, "The batch job repository cannot be read (Connection refused)"));

        assertEquals(Health.WARNING, verdict.status());
        assertEquals(List.of("The batch job repository cannot be read (Connection refused)"), verdict.issues());
    }

    private static HealthRules.Verdict judge(Health.Disk disk) {
        return HealthRules.judge(figures(disk, WRITABLE, null, REACHABLE, IDLE_JOURNAL, Map.of(), GOOD_JOBS));
    }

    private static HealthRules.Figures figures(Health.Disk disk, Health.Timeseries timeseries, String problem,
                                               Health.Postgres postgres, Health.Journal journal,
                                               Map<String, String> devices, Map<String, Health.Job> jobs) {
        return new HealthRules.Figures(disk, timeseries, problem, postgres, journal, null, devices, jobs, null);
    }

    private static Health.Timeseries timeseries(String status) {
        return new Health.Timeseries(status, "sqlite", "/data/timeseries.db", 4096L, 0.0, 0L, 0L, null);
    }
}
