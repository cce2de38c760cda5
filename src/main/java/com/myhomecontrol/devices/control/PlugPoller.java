package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.PlugPoll;
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
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls plugs and stores what they read as energy readings. A poll that got the power is stored,
 * whatever else failed; each problem and each failure is logged once, when it first shows.
 */
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
            PlugPoll poll = plug.client().poll();
            PlugReading reading = poll.reading();
            List<String> problems = new ArrayList<>(poll.problems());
            List<EnergyReading> readings = new ArrayList<>(backfill(plug, reading.polledAt(), problems));
            readings.add(energyReading(plug.deviceId(), reading));
            store.store(readings);
            plug.described(poll.description());
            state.stored(reading.polledAt(), readings.size(), problems);
            logFirst(state, problems, problem -> plug.deviceId() + " is read without " + problem);
        } catch (TapoAuthFailedException e) {
            Instant askedAgain = state.refused(clock.instant(), e.getMessage());
            LOG.warning(() -> plug.deviceId() + " refused the credentials (TAPO_USERNAME, TAPO_PASSWORD); asked again from "
                    + askedAgain + ": " + e.getMessage());
        } catch (TapoUnreachableException e) {
            state.unreachable(e.getMessage());
            logFirst(state, List.of(e.getMessage()), error -> plug.deviceId() + " could not be read: " + error);
        } catch (TapoException e) {
            state.erred(e.getMessage());
            logFirst(state, List.of(e.getMessage()), error -> plug.deviceId() + " answered, but not with its readings: " + error);
        } catch (RuntimeException e) {
            state.failed(e.toString());
            LOG.log(Level.SEVERE, "The reading of " + plug.deviceId() + " could not be stored", e);
        }
    }

    private static void logFirst(PollState state, List<String> reports, Function<String, String> message) {
        state.firstReports(reports).forEach(report -> LOG.warning(message.apply(report)));
    }

    /**
     * The hours missed since the newest stored reading, from the plug's hourly counter. The newest
     * reading of this run's polls answers whether any hour was missed without asking the store; the
     * store's answers which ones, since other servers sharing it may have polled the plug meanwhile
     * (the poll claims). A plug that cannot give them is read without them, and says why in
     * {@code problems} unless its firmware simply has no get_energy_data.
     */
    private List<EnergyReading> backfill(PolledPlug plug, Instant polledAt, List<String> problems) {
        Optional<Instant> lastHere = plug.state().lastSuccess();
        if (lastHere.isPresent() && PlugBackfill.missedHours(lastHere.get().getEpochSecond(), polledAt).isEmpty()) {
            return List.of();
        }
        OptionalLong lastStored = store.lastTimestamp(plug.deviceId());
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
        } catch (TapoAuthFailedException e) {
            throw e;
        } catch (TapoException e) {
            LOG.info(() -> plug.deviceId() + ": the hours from " + span.start() + " to " + span.end()
                    + " were missed and cannot be backfilled: " + e.getMessage());
            // A refusal remembered for the session is among the poll's problems already.
            PlugProblems.of(TapoMethods.ENERGY_DATA, e, List.of())
                    .filter(problem -> !problems.contains(problem))
                    .ifPresent(problems::add);
            return List.of();
        }
    }

    static EnergyReading energyReading(String deviceId, PlugReading reading) {
        return new EnergyReading(deviceId, reading.polledAt().getEpochSecond(), reading.powerW(), reading.voltageV(),
                reading.currentA(), reading.dailyEnergyKwh(), reading.monthlyEnergyKwh(), reading.on());
    }
}
