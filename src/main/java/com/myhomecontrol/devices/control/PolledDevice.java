package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.DeviceStatus;

import java.time.Duration;
import java.time.Instant;

/** A device the server polls on a timer. */
public interface PolledDevice {

    String deviceId();

    Duration interval();

    /** When the schedule next polls the device. */
    void scheduled(Instant next);

    DeviceStatus status();

    PollState state();
}
