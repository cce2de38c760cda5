package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.NetatmoReading;
import com.myhomecontrol.devices.entity.NetatmoStations;
import com.myhomecontrol.weather.control.WeatherReadingStore;
import com.myhomecontrol.weather.entity.Rain;
import com.myhomecontrol.weather.entity.WeatherReading;
import com.myhomecontrol.weather.entity.Wind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls the Netatmo account and stores a weather reading per online module, after the readings
 * it missed (see NetatmoGapFiller). A reading stored before for the same module and time_utc
 * merges into the stored one, so polls that see no new measurement store nothing twice.
 */
@ApplicationScoped
public class NetatmoPoller extends DevicePoller<PolledNetatmo> {

    private static final Logger LOG = Logger.getLogger(NetatmoPoller.class.getName());

    @Inject
    WeatherReadingStore store;

    NetatmoPoller() {
    }

    NetatmoPoller(WeatherReadingStore store, Executor executor, Clock clock) {
        super(executor, clock);
        this.store = store;
    }

    @Override
    protected void poll(PolledNetatmo account) {
        PollState state = account.state();
        try {
            NetatmoStations stations = account.client().stations();
            account.seen(stations.modules());
            List<WeatherReading> readings = new ArrayList<>();
            for (NetatmoReading newest : stations.readings()) {
                OptionalLong lastStored = store.lastTimestamp(newest.stationId(), newest.moduleType());
                account.gaps().readings(account.client(), stations.moduleOf(newest), newest, lastStored).stream()
                        .map(NetatmoPoller::weatherReading)
                        .forEach(readings::add);
            }
            store.store(readings);
            state.stored(clock.instant().truncatedTo(ChronoUnit.SECONDS), readings.size());
        } catch (NetatmoAuthFailedException e) {
            Instant askedAgain = state.refused(clock.instant(), e.getMessage());
            LOG.warning(() -> "Netatmo refused the account; asked again from " + askedAgain + ": " + e.getMessage());
        } catch (NetatmoRateLimitedException e) {
            Instant askedAgain = state.rateLimited(clock.instant(), e.getMessage(), e.retryAfter());
            LOG.warning(() -> "Netatmo's rate limit is reached; asked again from " + askedAgain);
        } catch (NetatmoException e) {
            state.unreachable(e.getMessage());
            LOG.warning(() -> "Netatmo could not be read: " + e.getMessage());
        } catch (RuntimeException e) {
            state.failed(e.toString());
            LOG.log(Level.SEVERE, "The Netatmo readings could not be stored", e);
        }
    }

    static WeatherReading weatherReading(NetatmoReading r) {
        return new WeatherReading(r.stationId(), r.moduleType(), r.timestamp(), r.temperatureC(), r.humidityPercent(),
                r.co2Ppm(), r.pressureMbar(), r.noiseDb(),
                new Wind(r.windStrengthKmh(), r.windAngleDeg(), r.gustStrengthKmh(), r.gustAngleDeg()),
                new Rain(r.rainMm(), r.rainLastHourMm(), r.rainLastDayMm()));
    }
}
