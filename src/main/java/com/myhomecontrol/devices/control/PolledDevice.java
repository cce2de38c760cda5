package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.DeviceStatus;

import java.time.Duration;
import java.time.Instant;

/** A device the server polls on a timer, and what its polls came to. */
public abstract class PolledDevice {

    private final PollState state;

    protected PolledDevice(Duration interval) {
        this.state = new PollState(interval);
    }

    public abstract String deviceId();

    public abstract DeviceStatus status();

    public Duration interval() {
        return state.interval();
    }

    /** When the schedule next polls the device. */
    public void scheduled(Instant next) {
        state.scheduled(next);
    }

    PollState state() {
        return state;
    }
}
