package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.DeviceRegistry;
import com.myhomecontrol.platform.control.SecretFiles;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import static com.myhomecontrol.platform.control.JsonProviders.JSON;

/**
 * Writes the devices file, readable as it is edited by hand: atomically (a temporary file in the
 * same folder, fsync, rename, fsync of the folder), so that a crash leaves the old file or the new
 * one, and readable by the owner only, since it names the hosts of the home.
 */
public final class DevicesFileWriter {

    private DevicesFileWriter() {
    }

    public static void write(Path file, DeviceRegistry registry) {
        StringWriter text = new StringWriter();
        try (JsonWriter writer = JSON.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
            writer.write(DevicesJson.toJson(registry));
        }
        try {
            SecretFiles.write(file, text.toString().strip() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the devices file " + file, e);
        }
    }
}
