package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.DeviceState;
import com.myhomecontrol.devices.entity.DeviceStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;

/**
 * One plug the server polls: its client and what its polls came to. The permit makes sure the
 * plug is never polled twice at once; it is taken by one thread and may be given back by another.
 * Wrong credentials are asked again only after a back-off that doubles with each refusal, since
 * a plug (and the account behind it) may lock out a client that keeps trying.
 */
public final class PolledPlug {

    static final String KIND = "tapo_p115";
    static final Duration MAX_BACK_OFF = Duration.ofHours(1);

    private final String deviceId;
    private final TapoPlugClient client;
    private final Duration interval;
    private final boolean emulated;
    private final Semaphore permit = new Semaphore(1);

    private DeviceState state = DeviceState.PENDING;
    private Instant lastSuccess;
    private String lastError;
    private Instant nextPoll;
    private Instant backOffUntil;
    private int refusals;
    private long readingsStored;

    public PolledPlug(String deviceId, TapoPlugClient client, Duration interval, boolean emulated) {
        this.deviceId = deviceId;
        this.client = client;
        this.interval = interval;
        this.emulated = emulated;
    }

    public String deviceId() {
        return deviceId;
    }

    public Duration interval() {
        return interval;
    }

    TapoPlugClient client() {
        return client;
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

    /** Whether a scheduled poll at {@code now} may ask the plug, or must wait for the back-off to pass. */
    synchronized boolean due(Instant now) {
        return backOffUntil == null || !now.isBefore(backOffUntil);
    }

    /** When the schedule next polls the plug. */
    public synchronized void scheduled(Instant next) {
        nextPoll = next;
    }

    synchronized void stored(Instant at, int readings) {
        state = DeviceState.ONLINE;
        lastSuccess = at;
        readingsStored += readings;
        refusals = 0;
        backOffUntil = null;
    }

    synchronized void unreachable(String error) {
        state = DeviceState.OFFLINE;
        lastError = error;
    }

    /** The plug answered but its reading was not stored: its state stays what the plug showed. */
    synchronized void failed(String error) {
        lastError = error;
    }

    /** Returns when the plug is asked again. */
    synchronized Instant refused(Instant at, String error) {
        state = DeviceState.AUTH_FAILED;
        lastError = error;
        refusals++;
        Duration backOff = interval.multipliedBy(1L << Math.min(refusals - 1, 20));
        backOffUntil = at.plus(backOff.compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF : backOff);
        return backOffUntil;
    }

    public synchronized DeviceStatus status() {
        Instant next = nextPoll != null && backOffUntil != null && nextPoll.isBefore(backOffUntil) ? backOffUntil : nextPoll;
        return new DeviceStatus(deviceId, KIND, protocolName(client.protocol()), emulated, state.label(),
                lastSuccess, lastError, next, readingsStored);
    }

    private static String protocolName(String protocol) {
        return "securePassthrough".equals(protocol) ? "secure_passthrough" : protocol;
    }
}
