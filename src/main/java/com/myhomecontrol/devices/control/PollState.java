package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.DeviceState;
import com.myhomecontrol.devices.entity.DeviceStatus;
import com.myhomecontrol.devices.entity.ModuleState;
import com.myhomecontrol.devices.entity.PlugDescription;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;

/**
 * What the polls of one device came to, and the permit that makes sure the device is never polled
 * twice at once; the permit is taken by one thread and may be given back by another. Refused
 * credentials are asked again only after a back-off that doubles with each refusal, since a device
 * (and the account behind it) may lock out a client that keeps trying; a rate limit is waited out.
 * Each problem and failure is to be logged once, when it first shows, not at every poll.
 */
final class PollState {

    static final Duration MAX_BACK_OFF = Duration.ofHours(1);
    /** The outcome of a poll whose readings the device gave but the store refused. */
    static final String NOT_STORED = "not_stored";

    private final Duration interval;
    /** When this server began polling the device as configured now: other servers' older polls may be of another configuration. */
    private final Instant since = Instant.now();
    private final Semaphore permit = new Semaphore(1);

    private DeviceState state = DeviceState.PENDING;
    private Instant lastSuccess;
    private Instant lastPoll;
    private String lastError;
    private Instant nextPoll;
    private Instant backOffUntil;
    private int refusals;
    private long readingsStored;
    private String outcome;
    private List<String> problems = List.of();
    private Set<String> reported = Set.of();

    PollState(Duration interval) {
        this.interval = interval;
    }

    Duration interval() {
        return interval;
    }

    boolean tryBegin() {
        return permit.tryAcquire();
    }

    void begin() throws InterruptedException {
        permit.acquire();
    }

    void end() {
        permit.release();
    }

    /** Whether a scheduled poll at {@code now} may ask the device, or must wait for the back-off to pass. */
    synchronized boolean due(Instant now) {
        return backOffUntil == null || !now.isBefore(backOffUntil);
    }

    /** What the newest poll came to: the state it left (as the API names it), or {@link #NOT_STORED}. */
    synchronized String outcome() {
        return outcome;
    }

    synchronized void scheduled(Instant next) {
        nextPoll = next;
    }

    /** A poll asked the device at {@code at}, whatever came of it. */
    synchronized void polled(Instant at) {
        lastPoll = at;
    }

    /** Whether this server has asked the device since it began polling it (a start, or a change of the device). */
    synchronized boolean polledHere() {
        return lastPoll != null;
    }

    /** The newest poll of this server, or, before its first, when it began polling the device. */
    synchronized Instant lastPollOrSince() {
        return lastPoll != null ? lastPoll : since;
    }

    synchronized Optional<Instant> lastSuccess() {
        return Optional.ofNullable(lastSuccess);
    }

    synchronized void stored(Instant at, int readings) {
        stored(at, readings, List.of());
    }

    /** Stored, with the fields the poll left unknown named in {@code problems}: degraded unless there are none. */
    synchronized void stored(Instant at, int readings, List<String> problems) {
        state = problems.isEmpty() ? DeviceState.ONLINE : DeviceState.DEGRADED;
        outcome = state.label();
        this.problems = List.copyOf(problems);
        lastSuccess = at;
        readingsStored += readings;
        refusals = 0;
        backOffUntil = null;
    }

    synchronized void unreachable(String error) {
        state = DeviceState.OFFLINE;
        outcome = state.label();
        lastError = error;
        problems = List.of();
    }

    /** The device answered, but with an error instead of its readings. */
    synchronized void erred(String error) {
        state = DeviceState.ERROR;
        outcome = state.label();
        lastError = error;
        problems = List.of();
    }

    /** Those of {@code current} (problems or a failure) not reported at the poll before, to be logged now. */
    synchronized List<String> firstReports(List<String> current) {
        List<String> first = current.stream().filter(report -> !reported.contains(report)).toList();
        reported = new HashSet<>(current);
        return first;
    }

    /** The device answered but its readings were not stored: its state stays what the device showed. */
    synchronized void failed(String error) {
        outcome = NOT_STORED;
        lastError = error;
    }

    /** Returns when the device is asked again. */
    synchronized Instant refused(Instant at, String error) {
        state = DeviceState.AUTH_FAILED;
        outcome = state.label();
        lastError = error;
        refusals++;
        Duration backOff = interval.multipliedBy(1L << Math.min(refusals - 1, 20));
        backOffUntil = at.plus(backOff.compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF : backOff);
        return backOffUntil;
    }

    /** Returns when the device is asked again: not before the hint. */
    synchronized Instant rateLimited(Instant at, String error, Duration retryAfter) {
        state = DeviceState.RATE_LIMITED;
        outcome = state.label();
        lastError = error;
        backOffUntil = at.plus(retryAfter);
        return backOffUntil;
    }

    synchronized DeviceStatus status(String deviceId, String kind, String protocol, boolean emulated, PlugDescription plug,
                                     List<ModuleState> modules) {
        Instant next = nextPoll != null && backOffUntil != null && nextPoll.isBefore(backOffUntil) ? backOffUntil : nextPoll;
        return DeviceStatus.of(deviceId, kind, protocol, emulated, state.label(), lastSuccess, lastError, next,
                readingsStored, problems, plug, modules);
    }
}
