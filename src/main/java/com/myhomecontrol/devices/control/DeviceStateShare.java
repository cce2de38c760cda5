package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.DeviceStatus;
import com.myhomecontrol.devices.entity.SharedDeviceState;

import java.time.Instant;
import java.util.Map;

/**
 * The device states the servers of one database share: each server tells it what its polls came
 * to, and shows for each device whichever poll is newer, its own or another server's.
 */
public interface DeviceStateShare {

    DeviceStateShare NONE = new DeviceStateShare() {
        @Override
        public void polled(DeviceStatus status, Instant polledAt) {
        }

        @Override
        public Map<String, SharedDeviceState> newest() {
            return Map.of();
        }
    };

    /** Told after each poll, on the poll's thread; must not throw. */
    void polled(DeviceStatus status, Instant polledAt);

    /** The newest poll of each device that any server told, as last read; never waits for the database. */
    Map<String, SharedDeviceState> newest();
}
