package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.ConfiguredPlug;
import com.myhomecontrol.devices.entity.DeviceRegistry;
import com.myhomecontrol.devices.entity.NetatmoSettings;
import com.myhomecontrol.platform.control.Identifiers;
import com.myhomecontrol.platform.entity.FieldError;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParsingException;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.myhomecontrol.platform.control.JsonProviders.JSON;

/**
 * Reads the devices file event by event, so that every mistake (malformed JSON, an unknown or
 * misspelt field, a wrong value, a device id given twice) is reported with its line: a device
 * file that is half understood must not start polling half the home.
 */
public class DevicesFileParser {

    private static final int MIN_PLUG_POLL_SECONDS = 5;
    private static final int MIN_NETATMO_POLL_SECONDS = 60;
    private static final int MAX_POLL_SECONDS = 86_400;

    private final String source;
    private JsonParser parser;

    public DevicesFileParser(String source) {
        this.source = source;
    }

    /** The registry the file names; an empty one when there is no file. */
    public static DeviceRegistry read(Path file) {
        if (!Files.exists(file)) {
            return DeviceRegistry.EMPTY;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new DevicesFileParser(file.toString()).parse(reader);
        } catch (IOException e) {
            throw new DevicesFileException("Cannot read the devices file " + file + ": " + e.getMessage(), e);
        }
    }

    public DeviceRegistry parse(Reader reader) {
        try (JsonParser json = JSON.createParser(reader)) {
            parser = json;
            DeviceRegistry registry = registry();
            // Anything after the object would otherwise be ignored silently: hasNext() refuses it.
            parser.hasNext();
            return registry;
        } catch (JsonParsingException e) {
            throw new DevicesFileException(source, e.getLocation().getLineNumber(), "is not valid JSON: " + e.getMessage());
        }
    }

    private DeviceRegistry registry() {
        expect(Event.START_OBJECT, "the file must hold one JSON object");
        List<ConfiguredPlug> plugs = List.of();
        NetatmoSettings netatmo = NetatmoSettings.DISABLED;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "tapo_plugs" -> plugs = plugs();
                case "netatmo" -> netatmo = netatmo();
                default -> throw unknown(field, "netatmo, tapo_plugs");
            }
        }
        return new DeviceRegistry(plugs, netatmo);
    }

    private List<ConfiguredPlug> plugs() {
        expect(Event.START_ARRAY, "tapo_plugs must be an array of plugs");
        List<ConfiguredPlug> plugs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
            if (event != Event.START_OBJECT) {
                throw error("each plug must be an object such as {\"device_id\": \"aircon\", \"host\": \"192.168.1.20\"}");
            }
            long line = line();
            ConfiguredPlug plug = plug();
            if (!ids.add(plug.deviceId())) {
                throw new DevicesFileException(source, line, "device_id \"" + plug.deviceId() + "\" is given twice");
            }
            plugs.add(plug);
        }
        return List.copyOf(plugs);
    }

    private ConfiguredPlug plug() {
        String deviceId = null;
        URI address = null;
        int pollSeconds = ConfiguredPlug.DEFAULT_POLL_SECONDS;
        long start = line();
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "device_id" -> deviceId = deviceId();
                case "host" -> address = address();
                case "poll_seconds" -> pollSeconds = seconds(MIN_PLUG_POLL_SECONDS);
                default -> throw unknown(field, "device_id, host, poll_seconds");
            }
        }
        if (deviceId == null || address == null) {
            throw new DevicesFileException(source, start, "a plug needs device_id and host");
        }
        return new ConfiguredPlug(deviceId, address.getHost(),
                address.getPort() < 0 ? ConfiguredPlug.DEFAULT_PORT : address.getPort(), pollSeconds);
    }

    private NetatmoSettings netatmo() {
        expect(Event.START_OBJECT, "netatmo must be an object such as {\"enabled\": true, \"poll_seconds\": 600}");
        boolean enabled = true;
        int pollSeconds = NetatmoSettings.DEFAULT_POLL_SECONDS;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "enabled" -> enabled = bool();
                case "poll_seconds" -> pollSeconds = seconds(MIN_NETATMO_POLL_SECONDS);
                default -> throw unknown(field, "enabled, poll_seconds");
            }
        }
        return new NetatmoSettings(enabled, pollSeconds);
    }

    private String deviceId() {
        String id = string("device_id");
        List<FieldError> errors = new ArrayList<>();
        if (Identifiers.check(id, "device_id", errors) == null) {
            throw error("device_id " + errors.get(0).message());
        }
        if (id.equals(PolledNetatmo.DEVICE_ID)) {
            throw error("device_id \"" + id + "\" is the Netatmo account's; name the plug otherwise");
        }
        return id;
    }

    /** "host" or "host:port"; a port is needed only where the plug is reached through a forward or an emulator. */
    private URI address() {
        String host = string("host");
        try {
            URI address = new URI("http://" + host);
            if (address.getHost() == null || address.getPath() != null && !address.getPath().isEmpty()
                    || address.getQuery() != null || address.getUserInfo() != null || address.getPort() > 65_535) {
                throw error("host must be a host name or address, optionally with :port, was \"" + host + "\"");
            }
            return address;
        } catch (URISyntaxException e) {
            throw error("host must be a host name or address, optionally with :port, was \"" + host + "\"");
        }
    }

    private int seconds(int min) {
        if (parser.next() != Event.VALUE_NUMBER || !parser.isIntegralNumber()
                || parser.getLong() < min || parser.getLong() > MAX_POLL_SECONDS) {
            throw error("poll_seconds must be a whole number from " + min + " to " + MAX_POLL_SECONDS);
        }
        return parser.getInt();
    }

    private boolean bool() {
        Event event = parser.next();
        if (event != Event.VALUE_TRUE && event != Event.VALUE_FALSE) {
            throw error("enabled must be true or false");
        }
        return event == Event.VALUE_TRUE;
    }

    private String string(String field) {
        if (parser.next() != Event.VALUE_STRING) {
            throw error(field + " must be a string");
        }
        return parser.getString();
    }

    /** The next field name of the current object, or null at its end. */
    private String nextField() {
        Event event = parser.next();
        return event == Event.KEY_NAME ? parser.getString() : null;
    }

    private void expect(Event expected, String message) {
        if (!parser.hasNext() || parser.next() != expected) {
            throw error(message);
        }
    }

    private DevicesFileException unknown(String field, String known) {
        return error("unknown field \"" + field + "\" (known: " + known + ")");
    }

    private DevicesFileException error(String message) {
        return new DevicesFileException(source, line(), message);
    }

    private long line() {
        return parser.getLocation().getLineNumber();
    }
}
