package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.Progress;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JobProgressTest {

    @Test
    void theNewestReportOfARunningExecutionIsItsProgressUntilItEnds() {
        JobProgress.report(4711, "delete-raw", 0, 0);
        JobProgress.report(4711, "delete-raw", 250, 1_000);

        assertEquals(Optional.of(new Progress("delete-raw", 250, 1_000)), JobProgress.of(4711));
        assertEquals(Optional.empty(), JobProgress.of(4712));

        JobProgress.ended(4711);

        assertEquals(Optional.empty(), JobProgress.of(4711));
    }
}
