package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.ConfiguredPlug;
import com.myhomecontrol.devices.entity.DeviceRegistry;
import com.myhomecontrol.devices.entity.NetatmoSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DevicesFileWriterTest {

    private static final DeviceRegistry HOME = new DeviceRegistry(List.of(
            new ConfiguredPlug("aircon", "192.168.1.20", 80, 30),
            new ConfiguredPlug("fridge", "127.0.0.1", 8081, 5)),
            new NetatmoSettings(true, 300));

    @Test
    void whatIsWrittenIsReadBackAsItWas(@TempDir Path folder) {
        Path file = folder.resolve("devices.json");

        DevicesFileWriter.write(file, HOME);

        assertEquals(HOME, DevicesFileParser.read(file));
    }

    @Test
    void theHostCarriesItsPortOnlyWhenItIsNot80(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("devices.json");

        DevicesFileWriter.write(file, HOME);

        String text = Files.readString(file);
        assertTrue(text.contains("\"host\": \"192.168.1.20\""), text);
        assertTrue(text.contains("\"host\": \"127.0.0.1:8081\""), text);
        assertTrue(text.lines().count() > 5, "one field a line, as a file edited by hand: " + text);
    }

    @Test
    void aFileIsReplacedWholeAndNoTemporaryFileIsLeft(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("devices.json");
        Files.writeString(file, "{\"tapo_plugs\": [{\"device_id\": \"old\", \"host\": \"h\"}]}");

        DevicesFileWriter.write(file, DeviceRegistry.EMPTY);

        assertEquals(DeviceRegistry.EMPTY, DevicesFileParser.read(file));
        try (var files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void theFileIsTheOwnersOnlyAndItsFolderIsCreated(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("config/devices.json");

        DevicesFileWriter.write(file, HOME);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
}
