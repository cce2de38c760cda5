package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.HourlyEnergy;
import com.myhomecontrol.devices.entity.PlugComponent;
import com.myhomecontrol.devices.entity.PlugDescription;
import com.myhomecontrol.devices.entity.PlugPoll;
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

import static com.myhomecontrol.devices.control.TapoMethods.COMPONENT_NEGO;
import static com.myhomecontrol.devices.control.TapoMethods.DEVICE_INFO;
import static com.myhomecontrol.devices.control.TapoMethods.ENERGY_DATA;
import static com.myhomecontrol.devices.control.TapoMethods.ENERGY_USAGE;
import static com.myhomecontrol.devices.control.TapoMethods.MULTIPLE_REQUEST;

/**
 * A Tapo plug at {@code host} or {@code host:port}: its methods over whichever transport it
 * speaks. Each session first asks what the plug has (component_nego), then every poll asks only
 * that, in one multipleRequest where the plug takes it. Only get_energy_usage, which gives the
 * power, must answer; every other method may fail and leaves only its own fields unknown. A
 * session the plug no longer knows is opened again once; wrong credentials fail at once with
 * {@link TapoAuthFailedException}, for the caller to back off.
 */
public class TapoPlugClient {

    static final Duration MAX_HOURLY_SPAN = Duration.ofDays(8);
    private static final int HOURLY = 60;

    private final TapoTransport transport;
    private final Clock clock;
    private PlugSession session;

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
        return call(DEVICE_INFO, JsonObject.EMPTY_JSON_OBJECT);
    }

    public synchronized PlugPoll poll() {
        Instant polledAt = clock.instant();
        PlugSession current = session();
        if (!current.measuresEnergy()) {
            throw new TapoException("the plug lists no " + TapoMethods.ENERGY_MONITORING + " component: it does not measure power");
        }
        PlugAnswers answers = ask(current, current.pollMethods());
        PlugReading reading = PlugReadings.of(polledAt, answers);
        PlugDescription description = answers.optional(DEVICE_INFO)
                .map(info -> PlugReadings.description(info, current.components(), reading.measures()))
                .orElse(null);
        return new PlugPoll(reading, description, PlugProblems.of(reading, answers.failures()));
    }

    /**
     * The energy of each whole hour from {@code from} to {@code to}, asked in spans the plug accepts.
     * A plug that refused get_energy_data with an error code is not asked again in the session.
     */
    public synchronized List<HourlyEnergy> hourlyEnergy(Instant from, Instant to) {
        PlugSession current = session();
        Optional<TapoException> refusal = current.backfillRefusal();
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        try {
            return hours(from, to);
        } catch (TapoErrorCodeException e) {
            current.remember(ENERGY_DATA, e);
            throw e;
        }
    }

    private List<HourlyEnergy> hours(Instant from, Instant to) {
        List<HourlyEnergy> hours = new ArrayList<>();
        for (Instant start = from.truncatedTo(ChronoUnit.HOURS); start.isBefore(to); start = start.plus(MAX_HOURLY_SPAN)) {
            Instant end = start.plus(MAX_HOURLY_SPAN).isBefore(to) ? start.plus(MAX_HOURLY_SPAN) : to;
            JsonObject params = JsonProviders.JSON.createObjectBuilder()
                    .add("start_timestamp", start.getEpochSecond())
                    .add("end_timestamp", end.getEpochSecond())
                    .add("interval", HOURLY)
                    .build();
            hours.addAll(PlugReadings.hourly(call(ENERGY_DATA, params)));
        }
        return hours;
    }

    /** The session's capabilities, asked again whenever the transport opened a new session. */
    private PlugSession session() {
        int number = transport.openSession();
        if (session == null || session.number() != number) {
            session = new PlugSession(number, components());
        }
        return session;
    }

    private Optional<List<PlugComponent>> components() {
        try {
            return Optional.of(PlugReadings.components(call(COMPONENT_NEGO, JsonObject.EMPTY_JSON_OBJECT)));
        } catch (TapoErrorCodeException e) {
            return Optional.empty();
        }
    }

    /** The methods in one multipleRequest, or one at a time where the plug refused that in this session. */
    private PlugAnswers ask(PlugSession current, List<String> methods) {
        PlugAnswers answers = current.answers();
        if (methods.size() > 1 && current.batches()) {
            try {
                PlugBatch.answers(call(MULTIPLE_REQUEST, PlugBatch.params(methods)), methods, answers);
                remember(current, answers);
                return answers;
            } catch (TapoErrorCodeException e) {
                current.refuseBatches();
            }
        }
        for (String method : methods) {
            try {
                answers.answered(method, call(method, JsonObject.EMPTY_JSON_OBJECT));
            } catch (TapoErrorCodeException e) {
                answers.failed(method, e);
            } catch (TapoAuthFailedException e) {
                throw e;
            } catch (TapoException e) {
                if (method.equals(ENERGY_USAGE)) {
                    throw e;
                }
                answers.failed(method, e);
            }
        }
        remember(current, answers);
        return answers;
    }

    private static void remember(PlugSession current, PlugAnswers answers) {
        answers.failures().forEach(current::remember);
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
