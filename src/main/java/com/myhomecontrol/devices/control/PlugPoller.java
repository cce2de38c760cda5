package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.PlugReading;
import com.myhomecontrol.energy.control.EnergyReadingStore;
import com.myhomecontrol.energy.entity.EnergyReading;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
            store.store(List.of(energyReading(plug.deviceId(), reading)));
            state.stored(reading.polledAt(), 1);
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

    static EnergyReading energyReading(String deviceId, PlugReading reading) {
        return new EnergyReading(deviceId, reading.polledAt().getEpochSecond(), reading.powerW(), reading.voltageV(),
                reading.currentA(), reading.dailyEnergyKwh(), reading.monthlyEnergyKwh(), reading.on());
    }
}
