package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.RollupCounts;
import com.myhomecontrol.maintenance.entity.RollupWork;
import com.myhomecontrol.platform.control.RetentionMarks;
import com.myhomecontrol.platform.control.StatisticsRollup;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rolls a chunk of pending hours up in one short transaction, which reads their raw readings,
 * replaces their statistics and takes them off the queue, so that a reading stored meanwhile is
 * either in it or queued again. Buckets are written up to the kind's mark, the end of the last
 * bucket closed when the run was planned. An hour whose raw readings retention has reached is only
 * taken off the queue.
 */
public final class RollupComputation {

    private final DataSource store;

    public RollupComputation(DataSource store) {
        this.store = store;
    }

    public RollupCounts rollUp(List<RollupWork> works, RollupCounts counts) throws SQLException {
        AtomicLong heldNanos = new AtomicLong();
        RollupCounts done = ImmediateTransaction.run(store, connection -> {
            RollupCounts result = counts;
            for (int kind = 0; kind < RollupQueue.KINDS.size(); kind++) {
                int k = kind;
                List<RollupWork> ofKind = works.stream().filter(work -> work.kind() == k).toList();
                if (!ofKind.isEmpty()) {
                    result = rollUp(connection, RollupQueue.KINDS.get(kind), ofKind, result);
                }
            }
            return result;
        }, heldNanos::set);
        return done.withTransaction(TimeUnit.NANOSECONDS.toMillis(heldNanos.get()));
    }

    private static RollupCounts rollUp(Connection connection, StatisticsRollup rollup, List<RollupWork> works,
                                       RollupCounts counts) throws SQLException {
        long keptFrom = RetentionMarks.firstWholePeriod(RetentionMarks.retainedSince(connection, rollup.rawTable()), RollupPlanner.HOUR);
        long closedUntil = RollupPlanner.mark(connection, rollup).orElse(Long.MIN_VALUE);
        long rolledUp = 0;
        for (RollupWork work : works) {
            if (work.item().hourStart() < keptFrom) {
                rollup.pendingHours().done(connection, work.item());
            } else {
                rollup.rollUp(connection, work.item(), closedUntil);
                rolledUp++;
            }
        }
        return counts.plus(rollup.kind(), rolledUp, works.size() - rolledUp);
    }
}
