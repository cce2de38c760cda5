package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.PlugReading;
import com.myhomecontrol.energy.control.EnergyReadingStore;
import com.myhomecontrol.energy.entity.EnergyReading;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Polls plugs and stores what they read as energy readings. */
@ApplicationScoped
public class PlugPoller extends DevicePoller<PolledPlug> {

    private static final Logger LOG = Logger.getLogger(PlugPoller.class.getName());

    @Inject
    EnergyReadingStore store;

    PlugPoller() {
    }

    PlugPoller(EnergyReadingStore store, Executor executor, Clock clock) {
        super(executor, clock);
        this.store = store;
    }

    @Override
    protected void poll(PolledPlug plug) {
        PollState state = plug.state();
        try {
            PlugReading reading = plug.client().poll();
            List<EnergyReading> readings = new ArrayList<>(backfill(plug, reading.polledAt()));
            readings.add(energyReading(plug.deviceId(), reading));
            store.store(readings);
            state.stored(reading.polledAt(), readings.size());
        } catch (TapoAuthFailedException e) {
            Instant askedAgain = state.refused(clock.instant(), e.getMessage());
            LOG.warning(() -> plug.deviceId() + " refused the credentials (TAPO_USERNAME, TAPO_PASSWORD); asked again from "
                    + askedAgain + ": " + e.getMessage());
        } catch (TapoException e) {
            state.unreachable(e.getMessage());
            LOG.warning(() -> plug.deviceId() + " could not be read: " + e.getMessage());
        } catch (RuntimeException e) {
            state.failed(e.toString());
            LOG.log(Level.SEVERE, "The reading of " + plug.deviceId() + " could not be stored", e);
        }
    }

    /**
     * The hours missed since the newest stored reading (of this run, or else of the database), from
     * the plug's hourly counter. A plug whose firmware refuses get_energy_data is read without them.
     */
    private List<EnergyReading> backfill(PolledPlug plug, Instant polledAt) {
        OptionalLong lastStored = plug.state().lastSuccess()
                .map(at -> OptionalLong.of(at.getEpochSecond()))
                .orElseGet(() -> store.lastTimestamp(plug.deviceId()));
        if (lastStored.isEmpty()) {
            return List.of();
        }
        Optional<PlugBackfill.Span> missed = PlugBackfill.missedHours(lastStored.getAsLong(), polledAt);
        if (missed.isEmpty()) {
            return List.of();
        }
        PlugBackfill.Span span = missed.get();
        try {
            List<EnergyReading> readings = PlugBackfill.readings(plug.deviceId(), span,
                    plug.client().hourlyEnergy(span.start(), span.end()));
            LOG.info(() -> plug.deviceId() + ": the hours from " + span.start() + " to " + span.end()
                    + " were missed and are backfilled from the plug's hourly energy");
            return readings;
        } catch (TapoErrorCodeException e) {
            if (e.errorCode() != TapoErrorCodes.UNKNOWN_METHOD) {
                throw e;
            }
            LOG.warning(() -> plug.deviceId() + ": the hours from " + span.start() + " to " + span.end()
                    + " were missed and cannot be backfilled, the plug refuses get_energy_data: " + e.getMessage());
            return List.of();
        }
    }

    static EnergyReading energyReading(String deviceId, PlugReading reading) {
        return new EnergyReading(deviceId, reading.polledAt().getEpochSecond(), reading.powerW(), reading.voltageV(),
                reading.currentA(), reading.dailyEnergyKwh(), reading.monthlyEnergyKwh(), reading.on());
    }
}
