package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.DeviceRegistry;
import com.myhomecontrol.devices.entity.DeviceStatus;
import com.myhomecontrol.devices.entity.SharedDeviceState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every device the server polls, plugs first, then the Netatmo account, and their polls by device id. */
@ApplicationScoped
public class HomeDevices {

    @Inject
    HomePlugs plugs;

    @Inject
    PlugPoller plugPoller;

    @Inject
    HomeNetatmo netatmo;

    @Inject
    NetatmoPoller netatmoPoller;

    @Inject
    DeviceStateShare share;

    public List<PolledDevice> all() {
        return Stream.concat(plugs.all().stream(), netatmo.account().stream()).toList();
    }

    /** What would poll {@code next}, with the timers to start and stop; changes nothing. */
    public DevicesChange plan(DeviceRegistry next) {
        List<PolledPlug> nextPlugs = plugs.plan(next);
        Optional<PolledNetatmo> nextNetatmo = netatmo.plan(next);
        List<PolledDevice> current = all();
        List<PolledDevice> polled = Stream.concat(nextPlugs.stream(), nextNetatmo.stream()).toList();
        List<PolledDevice> started = polled.stream().filter(device -> !current.contains(device)).toList();
        Set<String> stopped = current.stream().filter(device -> !polled.contains(device))
                .map(PolledDevice::deviceId).collect(Collectors.toSet());
        return new DevicesChange(next, nextPlugs, nextNetatmo, started, stopped);
    }

    /** Polls what {@code change} planned from now on. */
    public void use(DevicesChange change) {
        plugs.use(change.registry(), change.plugs());
        netatmo.use(change.registry(), change.netatmo());
    }

    /**
     * Each device as its newest poll left it, this server's or, sharing the database, another's; of
     * another's only one made since this server began polling the device as it is configured now.
     */
    public List<DeviceStatus> statuses() {
        Map<String, SharedDeviceState> shared = share.newest();
        return all().stream().map(device -> newest(device, shared.get(device.deviceId()))).toList();
    }

    private static DeviceStatus newest(PolledDevice device, SharedDeviceState shared) {
        boolean theirsIsNewer = shared != null && shared.polledAt().isAfter(device.state().lastPollOrSince());
        return theirsIsNewer ? shared.status() : device.status();
    }

    /** A tick of the device's timer, handed on to the device's poller; {@code nextPoll} is the timer's next. */
    public void pollScheduled(String deviceId, Instant nextPoll) {
        plugs.find(deviceId).ifPresent(plug -> pollScheduled(plug, plugPoller, nextPoll));
        netatmo.find(deviceId).ifPresent(account -> pollScheduled(account, netatmoPoller, nextPoll));
    }

    /** Polls the device now; a device that is not polled is not found. */
    public DeviceStatus pollNow(String deviceId) {
        return netatmo.find(deviceId).map(netatmoPoller::pollNow)
                .orElseGet(() -> plugPoller.pollNow(plugs.require(deviceId)));
    }

    private static <D extends PolledDevice> void pollScheduled(D device, DevicePoller<D> poller, Instant nextPoll) {
        device.scheduled(nextPoll);
        poller.pollInBackground(device);
    }
}
