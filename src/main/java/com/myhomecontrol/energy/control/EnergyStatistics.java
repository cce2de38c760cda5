package com.myhomecontrol.energy.control;

import com.myhomecontrol.energy.entity.EnergyPeriod;
import com.myhomecontrol.energy.entity.EnergySample;
import com.myhomecontrol.platform.control.PendingHours;
import com.myhomecontrol.platform.control.StatisticsRollup;
import com.myhomecontrol.platform.entity.RollupItem;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The energy statistics of the rollup job: per device and hour, its five-minute rows (energy_5m)
 * and its hourly row (energy_hourly, kept live by {@link EnergyRollup}, rewritten here only to the
 * same numbers, so that a rebuild after an import or a restore makes it right), both summed up as
 * the writer and history sum them up.
 */
public final class EnergyStatistics extends StatisticsRollup {

    static final String MARK = EnergyPeriodTable.FIVE_MINUTES.name();
    private static final PendingHours PENDING = new PendingHours("energy_rollup_pending", "energy_devices", "device_id", null);

    public EnergyStatistics() {
        super("energy", EnergyHistoryQuery.RAW_TABLE, List.of(MARK), PENDING);
    }

    @Override
    public void rollUp(Connection connection, RollupItem item, long closedUntil) throws SQLException {
        long hour = item.hourStart();
        long end = hour + EnergyPeriod.HOUR;
        List<EnergySample> samples = EnergySamples.read(connection, item.seriesId(), hour, end);
        long fiveMinutes = EnergyPeriodTable.FIVE_MINUTES.seconds();
        try (EnergyPeriodTable buckets = new EnergyPeriodTable(connection, EnergyPeriodTable.FIVE_MINUTES);
             EnergyPeriodTable hours = new EnergyPeriodTable(connection, EnergyPeriodTable.HOURLY)) {
            buckets.replace(item.seriesId(), hour, end, EnergyPeriods.summarise(samples, fiveMinutes).stream()
                    .filter(bucket -> bucket.start() + fiveMinutes <= closedUntil).toList());
            hours.replace(item.seriesId(), hour, end, EnergyPeriods.summarise(samples, EnergyPeriod.HOUR));
        }
        PENDING.done(connection, item);
    }
}
