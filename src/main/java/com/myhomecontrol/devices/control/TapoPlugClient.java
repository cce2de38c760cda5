package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.HourlyEnergy;
import com.myhomecontrol.devices.entity.PlugReading;
import com.myhomecontrol.devices.entity.TapoCredentials;
import com.myhomecontrol.platform.control.JsonProviders;
import jakarta.json.JsonObject;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A Tapo P115 plug at {@code host} or {@code host:port}: its methods over whichever transport it
 * speaks. A session the plug no longer knows is opened again once; wrong credentials fail at
 * once with {@link TapoAuthFailedException}, for the caller to back off.
 */
public class TapoPlugClient {

    static final Duration MAX_HOURLY_SPAN = Duration.ofDays(8);
    private static final int HOURLY = 60;

    private final TapoTransport transport;
    private final Clock clock;

    public TapoPlugClient(String host, TapoCredentials credentials) {
        this(host, credentials, Clock.systemUTC(), new SecureRandom());
    }

    TapoPlugClient(String host, TapoCredentials credentials, Clock clock, Random seeds) {
        this.transport = new NegotiatingTransport(new PlugHttp(host), credentials, clock, seeds);
        this.clock = clock;
    }

    /** "klap" or "securePassthrough" once the plug has answered, "unknown" before. */
    public String protocol() {
        return transport.protocol();
    }

    public JsonObject deviceInfo() {
        return call("get_device_info", JsonObject.EMPTY_JSON_OBJECT);
    }

    public JsonObject energyUsage() {
        return call("get_energy_usage", JsonObject.EMPTY_JSON_OBJECT);
    }

    /** Empty on firmware that does not measure voltage and current. */
    public Optional<JsonObject> emeterData() {
        try {
            return Optional.of(call("get_emeter_data", JsonObject.EMPTY_JSON_OBJECT));
        } catch (TapoErrorCodeException e) {
            if (e.errorCode() == TapoErrorCodes.UNKNOWN_METHOD) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public PlugReading poll() {
        Instant polledAt = clock.instant();
        JsonObject info = deviceInfo();
        JsonObject usage = energyUsage();
        return PlugReadings.of(polledAt, info, usage, emeterData().orElse(null));
    }

    /** The energy of each whole hour from {@code from} to {@code to}, asked in spans the plug accepts. */
    public List<HourlyEnergy> hourlyEnergy(Instant from, Instant to) {
        List<HourlyEnergy> hours = new ArrayList<>();
        for (Instant start = from.truncatedTo(ChronoUnit.HOURS); start.isBefore(to); start = start.plus(MAX_HOURLY_SPAN)) {
            Instant end = start.plus(MAX_HOURLY_SPAN).isBefore(to) ? start.plus(MAX_HOURLY_SPAN) : to;
            JsonObject params = JsonProviders.JSON.createObjectBuilder()
                    .add("start_timestamp", start.getEpochSecond())
                    .add("end_timestamp", end.getEpochSecond())
                    .add("interval", HOURLY)
                    .build();
            hours.addAll(PlugReadings.hourly(call("get_energy_data", params)));
        }
        return hours;
    }

    private JsonObject call(String method, JsonObject params) {
        String request = TapoJson.request(method, params);
        try {
            return TapoJson.result(TapoJson.parse(transport.exchange(request)), method);
        } catch (TapoSessionExpiredException e) {
            transport.reset();
            return TapoJson.result(TapoJson.parse(transport.exchange(request)), method);
        }
    }
}
