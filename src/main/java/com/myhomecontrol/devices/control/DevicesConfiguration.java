package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.ConfiguredPlug;
import com.myhomecontrol.devices.entity.DeviceRegistry;
import com.myhomecontrol.platform.entity.ConflictException;
import com.myhomecontrol.platform.entity.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * Changes of the devices while the server runs. Each takes effect at once (timers of new or
 * changed devices started, of removed ones stopped) and is written to the devices file in the
 * transaction of the timers; one at a time, so that the file, the timers and the devices polled
 * always agree once a change is answered. A change that cannot be used changes nothing.
 */
@ApplicationScoped
public class DevicesConfiguration {

    private static final Logger LOG = Logger.getLogger(DevicesConfiguration.class.getName());

    @Inject
    HomeRegistry registry;

    @Inject
    HomeDevices home;

    @Inject
    PollSchedule schedule;

    private final ReentrantLock changes = new ReentrantLock();
    /** The problem of the devices file last logged by {@link #followFile()}, while it lasts. */
    private String unusableFile;

    /** The devices polled, as the devices file names them (none while the emulated home is polled). */
    public DeviceRegistry current() {
        return registry.registry();
    }

    public DeviceRegistry replace(DeviceRegistry next) {
        return change(current -> next, true);
    }

    /** Adds a plug; one whose id is configured already is a conflict. */
    public DeviceRegistry add(ConfiguredPlug plug) {
        return change(current -> {
            if (current.namesPlug(plug.deviceId())) {
                throw new ConflictException("A plug \"" + plug.deviceId()
                        + "\" is configured already: delete it first, or replace the whole configuration");
            }
            return current.with(plug);
        }, true);
    }

    /** Removes a plug, or stops polling the Netatmo account; what is stored of it stays. */
    public DeviceRegistry remove(String deviceId) {
        return change(current -> current.without(deviceId, PolledNetatmo.DEVICE_ID).orElseThrow(() ->
                new NotFoundException("The devices file names no device \"" + deviceId + "\"")), true);
    }

    /** Reads the devices file again, as it was edited by hand. */
    public DeviceRegistry reload() {
        return change(current -> DevicesFileParser.read(registry.devicesFile()), false);
    }

    /**
     * Uses the devices file if it names devices other than those polled: changed by another server
     * sharing it, or by hand. A file that cannot be used (malformed, or naming a device whose
     * account this server's environment lacks) is logged, once for each problem, and changes nothing.
     */
    public void followFile() {
        changes.lock();
        try {
            DeviceRegistry inFile = DevicesFileParser.read(registry.devicesFile());
            unusableFile = null;
            if (!inFile.equals(registry.registry())) {
                LOG.info("The devices file was changed outside this server; its devices are polled now");
                change(current -> inFile, false);
            }
        } catch (DevicesFileException | ConflictException e) {
            if (!e.getMessage().equals(unusableFile)) {
                unusableFile = e.getMessage();
                LOG.warning(() -> "The devices file changed but cannot be used; the devices polled stay as they were: " + e.getMessage());
            }
        } finally {
            changes.unlock();
        }
    }

    private DeviceRegistry change(UnaryOperator<DeviceRegistry> edit, boolean write) {
        changes.lock();
        try {
            DeviceRegistry next = edit.apply(registry.registry());
            DevicesChange change = home.plan(next);
            schedule.reschedule(change.stopped(), change.started(), () -> {
                if (write) {
                    DevicesFileWriter.write(registry.devicesFile(), next);
                }
            });
            home.use(change);
            registry.configured(next);
            LOG.info(() -> "Devices changed: " + change.started().size() + " started, " + change.stopped().size()
                    + " stopped; polling " + home.all().stream().map(PolledDevice::deviceId).toList());
            return next;
        } finally {
            changes.unlock();
        }
    }
}
