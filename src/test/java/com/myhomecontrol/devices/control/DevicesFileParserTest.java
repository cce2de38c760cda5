package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.ConfiguredPlug;
import com.myhomecontrol.devices.entity.DeviceRegistry;
import com.myhomecontrol.devices.entity.NetatmoSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DevicesFileParserTest {

    @Test
    void readsPlugsWithAndWithoutPortAndTheNetatmoSettings() {
        DeviceRegistry registry = parse("""
                {"tapo_plugs": [
                   {"device_id": "aircon", "host": "192.168.1.20", "poll_seconds": 30},
                   {"device_id": "fridge", "host": "127.0.0.1:8081"}
                 ],
                 "netatmo": {"enabled": true, "poll_seconds": 300}}
                """);
        assertEquals(List.of(new ConfiguredPlug("aircon", "192.168.1.20", 80, 30),
                new ConfiguredPlug("fridge", "127.0.0.1", 8081, 60)), registry.plugs());
        assertEquals(new NetatmoSettings(true, 300), registry.netatmo());
    }

    @Test
    void anEmptyObjectOrNoFileConfiguresNothing(@TempDir Path folder) {
        assertTrue(parse("{}").isEmpty());
        assertEquals(DeviceRegistry.EMPTY, DevicesFileParser.read(folder.resolve("devices.json")));
        assertTrue(parse("{\"netatmo\": {\"enabled\": false}}").isEmpty());
    }

    @Test
    void aFileIsReadFromDisk(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("devices.json"), "{\"netatmo\": {}}");
        assertEquals(new NetatmoSettings(true, 600), DevicesFileParser.read(file).netatmo());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\\n\"tapo_plug\": []}|2|unknown field \"tapo_plug\"",
            "{\"tapo_plugs\": [\\n{\"device_id\": \"a\", \"hots\": \"x\"}]}|2|unknown field \"hots\"",
            "{\"tapo_plugs\": [\\n{\"device_id\": \"a\"}]}|2|a plug needs device_id and host",
            "{\"tapo_plugs\": [{\"device_id\": \"a\", \"host\": \"h\"},\\n{\"device_id\": \"a\", \"host\": \"g\"}]}|2|given twice",
            "{\"tapo_plugs\": [{\"device_id\": \"a\",\\n\"host\": \"h\", \"poll_seconds\": 1}]}|2|poll_seconds must be a whole number from 5",
            "{\"tapo_plugs\": [{\"device_id\": \"a\",\\n\"host\": \"h/path\"}]}|2|host must be a host name",
            "{\"tapo_plugs\": [{\"device_id\": \"a\",\\n\"host\": \"h:99999\"}]}|2|host must be a host name",
            "{\"tapo_plugs\": [\\n{\"device_id\": \"\", \"host\": \"h\"}]}|2|device_id must not be empty",
            "{\"tapo_plugs\": {}}|1|tapo_plugs must be an array",
            "{\"tapo_plugs\": [\\n{\"device_id\": \"netatmo\", \"host\": \"h\"}]}|2|is the Netatmo account's",
            "{\"netatmo\": {\\n\"enabled\": \"yes\"}}|2|enabled must be true or false",
            "{\"netatmo\": {\\n\"poll_seconds\": 10}}|2|poll_seconds must be a whole number from 60",
            "[]|1|the file must hold one JSON object",
            "{\"tapo_plugs\": [\\n\\n{\"device_id\": \"a\" \"host\": \"h\"}]}|3|is not valid JSON",
            "{} {}|1|is not valid JSON",
    })
    void everyMistakeIsNamedWithItsLine(String json, long line, String message) {
        DevicesFileException e = assertThrows(DevicesFileException.class, () -> parse(json.replace("\\n", "\n")));
        assertTrue(e.getMessage().startsWith("devices.json line " + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    private static DeviceRegistry parse(String json) {
        return new DevicesFileParser("devices.json").parse(new StringReader(json));
    }
}
