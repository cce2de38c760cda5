package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.ConfiguredPlug;
import com.myhomecontrol.devices.entity.DeviceRegistry;
import com.myhomecontrol.devices.entity.NetatmoSettings;
import com.myhomecontrol.platform.entity.FieldError;
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
            "{\\n\"tapo_plug\": []}|2|tapo_plug|unknown field (known: netatmo, tapo_plugs)",
            "{\"tapo_plugs\": [\\n{\"device_id\": \"a\", \"hots\": \"x\"}]}|2|tapo_plugs[0].hots|unknown field",
            "{\"tapo_plugs\": [\\n{\"device_id\": \"a\"}]}|2|tapo_plugs[0].host|is required: a plug needs device_id and host",
            "{\"tapo_plugs\": [\\n{\"host\": \"h\"}]}|2|tapo_plugs[0].device_id|is required",
            "{\"tapo_plugs\": [{\"device_id\": \"a\", \"host\": \"h\"},\\n{\"device_id\": \"a\", \"host\": \"g\"}]}|2|tapo_plugs[1].device_id|\"a\" is given twice",
            "{\"tapo_plugs\": [{\"device_id\": \"b\", \"host\": \"h\"}, {\"device_id\": \"a\",\\n\"host\": \"h\", \"poll_seconds\": 1}]}|2|tapo_plugs[1].poll_seconds|must be a whole number from 5 to 86400",
            "{\"tapo_plugs\": [{\"device_id\": \"a\",\\n\"host\": \"h\", \"poll_seconds\": 86401}]}|2|tapo_plugs[0].poll_seconds|must be a whole number from 5",
            "{\"tapo_plugs\": [{\"device_id\": \"a\",\\n\"host\": \"h/path\"}]}|2|tapo_plugs[0].host|must be a host name",
            "{\"tapo_plugs\": [{\"device_id\": \"a\",\\n\"host\": \"h:99999\"}]}|2|tapo_plugs[0].host|must be a host name",
            "{\"tapo_plugs\": [\\n{\"device_id\": \"\", \"host\": \"h\"}]}|2|tapo_plugs[0].device_id|must not be empty",
            "{\"tapo_plugs\": {}}|1|tapo_plugs|must be an array",
            "{\"tapo_plugs\": [\\n7]}|2|tapo_plugs[0]|must be an object",
            "{\"tapo_plugs\": [\\n{\"device_id\": \"netatmo\", \"host\": \"h\"}]}|2|tapo_plugs[0].device_id|\"netatmo\" is the Netatmo account's id",
            "{\"tapo_plugs\": [\\n{\"device_id\": \"reload\", \"host\": \"h\"}]}|2|tapo_plugs[0].device_id|\"reload\" is a path of the devices API",
            "{\"netatmo\": {\\n\"enabled\": \"yes\"}}|2|netatmo.enabled|must be true or false",
            "{\"netatmo\": {\\n\"poll_seconds\": 10}}|2|netatmo.poll_seconds|must be a whole number from 60",
            "{\"netatmo\": {\\n\"poll\": 10}}|2|netatmo.poll|unknown field (known: enabled, poll_seconds)",
            "[]|1|devices.json|must hold one JSON object",
            "{\"tapo_plugs\": [\\n\\n{\"device_id\": \"a\" \"host\": \"h\"}]}|3|devices.json|is not valid JSON",
            "{} {}|1|devices.json|is not valid JSON",
    })
    void everyMistakeIsNamedWithItsLineAndPath(String json, long line, String field, String reason) {
        DevicesFileException e = assertThrows(DevicesFileException.class, () -> parse(json.replace("\\n", "\n")));
        String path = field.equals("devices.json") ? "" : field + ": ";
        assertTrue(e.getMessage().startsWith("devices.json line " + line + ": " + path + reason), e.getMessage());
        FieldError error = e.errors().get(0);
        assertEquals(field, error.field());
        assertTrue(error.message().startsWith(reason) && error.message().endsWith("(line " + line + ")"), error.message());
    }

    @Test
    void aPlugAloneIsReadWithItsFieldsNamedFromTheTop() {
        assertEquals(new ConfiguredPlug("lamp", "lamp.local", 8080, 5),
                parsePlug("{\"device_id\": \"lamp\", \"host\": \"lamp.local:8080\", \"poll_seconds\": 5}"));
        DevicesFileException tooOften = assertThrows(DevicesFileException.class,
                () -> parsePlug("{\"device_id\": \"lamp\", \"host\": \"h\", \"poll_seconds\": 4}"));
        assertEquals("poll_seconds", tooOften.errors().get(0).field());
        DevicesFileException notAPlug = assertThrows(DevicesFileException.class, () -> parsePlug("[]"));
        assertEquals("body", notAPlug.errors().get(0).field());
        DevicesFileException twoValues = assertThrows(DevicesFileException.class,
                () -> parsePlug("{\"device_id\": \"lamp\", \"host\": \"h\"} {}"));
        assertEquals("body", twoValues.errors().get(0).field());
    }

    private static ConfiguredPlug parsePlug(String json) {
        return new DevicesFileParser("body").parsePlug(new StringReader(json));
    }

    private static DeviceRegistry parse(String json) {
        return new DevicesFileParser("devices.json").parse(new StringReader(json));
    }
}
