package com.myhomecontrol.benchmark;

import com.myhomecontrol.devices.entity.TapoCredentials;
import com.myhomecontrol.emulation.control.EmulatedPlug;
import com.myhomecontrol.emulation.control.PlugFirmware;
import com.myhomecontrol.emulation.control.PlugSettings;
import com.myhomecontrol.emulation.control.PowerProfiles;
import jakarta.json.JsonArrayBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.myhomecontrol.platform.control.JsonProviders.JSON;

/**
 * Emulated Tapo plugs of one firmware on loopback, each its own JDK HttpServer on a port of its own
 * (with its own dispatcher thread, as each real plug answers on its own), all set up with one
 * account; and the devices file that names them.
 */
final class EmulatedPlugs implements AutoCloseable {

    private final List<EmulatedPlug> plugs = new ArrayList<>();

    private EmulatedPlugs() {
    }

    static EmulatedPlugs start(int count, TapoCredentials account, PlugFirmware firmware) {
        EmulatedPlugs started = new EmulatedPlugs();
        PowerProfiles[] appliances = PowerProfiles.values();
        try {
            for (int i = 0; i < count; i++) {
                PlugSettings settings = PlugSettings.klap(deviceId(i), account, appliances[i % appliances.length]).withFirmware(firmware);
                started.plugs.add(EmulatedPlug.start(settings, 0));
            }
            return started;
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
    }

    /** {@code {"tapo_plugs": [...]}}, every plug polled every {@code pollSeconds}. */
    void writeDevicesFile(Path file, int pollSeconds) throws IOException {
        JsonArrayBuilder entries = JSON.createArrayBuilder();
        for (int i = 0; i < plugs.size(); i++) {
            entries.add(JSON.createObjectBuilder()
                    .add("device_id", deviceId(i))
                    .add("host", plugs.get(i).host())
                    .add("poll_seconds", pollSeconds));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, JSON.createObjectBuilder().add("tapo_plugs", entries).build().toString());
    }

    List<String> deviceIds() {
        List<String> ids = new ArrayList<>(plugs.size());
        for (int i = 0; i < plugs.size(); i++) {
            ids.add(deviceId(i));
        }
        return ids;
    }

    @Override
    public void close() {
        plugs.forEach(EmulatedPlug::close);
    }

    private static String deviceId(int index) {
        return String.format(Locale.ROOT, "plug-%04d", index);
    }
}
