package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.ConfiguredPlug;
import com.myhomecontrol.devices.entity.DeviceRegistry;
import com.myhomecontrol.devices.entity.NetatmoSettings;
import com.myhomecontrol.platform.control.Identifiers;
import com.myhomecontrol.platform.control.UnicodeText;
import com.myhomecontrol.platform.entity.FieldError;
import jakarta.json.JsonException;
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
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static com.myhomecontrol.platform.control.JsonProviders.JSON;

/**
 * Reads the devices file event by event, so that every mistake (malformed JSON, an unknown or
 * misspelt field, a wrong value, a device id given twice) is reported with its line and its JSON
 * path: a device file that is half understood must not start polling half the home. The API's
 * bodies are read by the same rules.
 */
public class DevicesFileParser {

    private static final int MIN_PLUG_POLL_SECONDS = 5;
    private static final int MIN_NETATMO_POLL_SECONDS = 60;
    /** Beside /api/devices/{device_id}, so a plug of such an id could not be deleted. */
    private static final Set<String> API_PATHS = Set.of("config", "plugs", "reload");
    private static final int MAX_POLL_SECONDS = 86_400;
    private static final int MAX_HOST_LENGTH = 253;
    private static final Pattern DIGITS = Pattern.compile("\\d{1,6}");
    private static final String PLUGS = "tapo_plugs";

    private final String source;
    private JsonParser parser;

    /** {@code source} names the text in messages, and the whole document in a field error. */
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
            throw new DevicesFileException(file.toString(), "cannot be read: " + e.getMessage(), e);
        }
    }

    /** A whole devices file. */
    public DeviceRegistry parse(Reader reader) {
        return whole(reader, this::registry);
    }

    /** One plug, as an element of tapo_plugs, its fields named from the top ({@code poll_seconds}). */
    public ConfiguredPlug parsePlug(Reader reader) {
        return whole(reader, () -> {
            expect(Event.START_OBJECT, "", "must be a plug such as {\"device_id\": \"aircon\", \"host\": \"192.168.1.20\"}");
            return plug("");
        });
    }

    private <T> T whole(Reader reader, Supplier<T> document) {
        try (JsonParser json = JSON.createParser(reader)) {
            parser = json;
            T value = document.get();
            // Anything after the object would otherwise be ignored silently: hasNext() refuses it.
            parser.hasNext();
            return value;
        } catch (JsonParsingException e) {
            throw new DevicesFileException(source, e.getLocation().getLineNumber(), "", "is not valid JSON: " + e.getMessage());
        } catch (JsonException e) {
            throw new DevicesFileException(source, parser.getLocation().getLineNumber(), "", "is not valid JSON in UTF-8: " + e.getMessage());
        }
    }

    private DeviceRegistry registry() {
        expect(Event.START_OBJECT, "", "must hold one JSON object");
        List<ConfiguredPlug> plugs = List.of();
        NetatmoSettings netatmo = NetatmoSettings.DISABLED;
        Set<String> given = new HashSet<>();
        for (String field = nextField("", given); field != null; field = nextField("", given)) {
            switch (field) {
                case PLUGS -> plugs = plugs();
                case "netatmo" -> netatmo = netatmo();
                default -> throw unknown(field, "netatmo, tapo_plugs");
            }
        }
        return new DeviceRegistry(plugs, netatmo);
    }

    private List<ConfiguredPlug> plugs() {
        expect(Event.START_ARRAY, PLUGS, "must be an array of plugs");
        List<ConfiguredPlug> plugs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
            String path = PLUGS + "[" + plugs.size() + "]";
            if (event != Event.START_OBJECT) {
                throw error(path, "must be an object such as {\"device_id\": \"aircon\", \"host\": \"192.168.1.20\"}");
            }
            long line = line();
            ConfiguredPlug plug = plug(path + ".");
            if (!ids.add(plug.deviceId())) {
                throw new DevicesFileException(source, line, path + ".device_id", "\"" + plug.deviceId() + "\" is given twice");
            }
            plugs.add(plug);
        }
        return List.copyOf(plugs);
    }

    /** The fields of the plug whose object has just begun; {@code path} is their prefix. */
    private ConfiguredPlug plug(String path) {
        String deviceId = null;
        URI address = null;
        int pollSeconds = ConfiguredPlug.DEFAULT_POLL_SECONDS;
        long start = line();
        Set<String> given = new HashSet<>();
        for (String field = nextField(path, given); field != null; field = nextField(path, given)) {
            switch (field) {
                case "device_id" -> deviceId = deviceId(path + field);
                case "host" -> address = address(path + field);
                case "poll_seconds" -> pollSeconds = seconds(path + field, MIN_PLUG_POLL_SECONDS);
                default -> throw unknown(path + field, "device_id, host, poll_seconds");
            }
        }
        if (deviceId == null || address == null) {
            throw new DevicesFileException(source, start, path + (deviceId == null ? "device_id" : "host"),
                    "is required: a plug needs device_id and host");
        }
        return new ConfiguredPlug(deviceId, address.getHost(),
                address.getPort() < 0 ? ConfiguredPlug.DEFAULT_PORT : address.getPort(), pollSeconds);
    }

    private NetatmoSettings netatmo() {
        expect(Event.START_OBJECT, "netatmo", "must be an object such as {\"enabled\": true, \"poll_seconds\": 600}");
        boolean enabled = true;
        int pollSeconds = NetatmoSettings.DEFAULT_POLL_SECONDS;
        Set<String> given = new HashSet<>();
        for (String field = nextField("netatmo.", given); field != null; field = nextField("netatmo.", given)) {
            switch (field) {
                case "enabled" -> enabled = bool("netatmo.enabled");
                case "poll_seconds" -> pollSeconds = seconds("netatmo.poll_seconds", MIN_NETATMO_POLL_SECONDS);
                default -> throw unknown("netatmo." + field, "enabled, poll_seconds");
            }
        }
        return new NetatmoSettings(enabled, pollSeconds);
    }

    private String deviceId(String path) {
        String id = string(path);
        List<FieldError> errors = new ArrayList<>();
        if (Identifiers.check(id, path, errors) == null) {
            throw error(path, errors.get(0).message());
        }
        if (id.equals(PolledNetatmo.DEVICE_ID)) {
            throw error(path, "\"" + id + "\" is the Netatmo account's id; name the plug otherwise");
        }
        if (API_PATHS.contains(id)) {
            throw error(path, "\"" + id + "\" is a path of the devices API (/api/devices/" + id + "); name the plug otherwise");
        }
        return id;
    }

    /** "host" or "host:port"; a port is needed only where the plug is reached through a forward or an emulator. */
    private URI address(String path) {
        String host = string(path);
        String rule = "must be a host name or address, optionally with :port, was \"" + host + "\"";
        try {
            URI address = new URI("http://" + host);
            // All of the text must be the authority: a path, query or fragment would be dropped silently, as would "host:".
            if (address.getHost() == null || !host.equals(address.getRawAuthority()) || address.getUserInfo() != null
                    || host.endsWith(":") || address.getPort() == 0 || address.getPort() > 65_535
                    || address.getHost().length() > MAX_HOST_LENGTH) {
                throw error(path, rule);
            }
            return address;
        } catch (URISyntaxException e) {
            throw error(path, rule);
        }
    }

    private int seconds(String path, int min) {
        // Read from the number's text: as a long, 2^64 + 60 wraps to 60, and over 1,100 digits throw.
        boolean digits = parser.next() == Event.VALUE_NUMBER && DIGITS.matcher(parser.getString()).matches();
        int seconds = digits ? Integer.parseInt(parser.getString()) : -1;
        if (seconds < min || seconds > MAX_POLL_SECONDS) {
            throw error(path, "must be a whole number from " + min + " to " + MAX_POLL_SECONDS);
        }
        return seconds;
    }

    private boolean bool(String path) {
        Event event = parser.next();
        if (event != Event.VALUE_TRUE && event != Event.VALUE_FALSE) {
            throw error(path, "must be true or false");
        }
        return event == Event.VALUE_TRUE;
    }

    private String string(String path) {
        if (parser.next() != Event.VALUE_STRING) {
            throw error(path, "must be a string");
        }
        String text = parser.getString();
        UnicodeText.problem(text).ifPresent(problem -> {
            throw error(path, "is not valid Unicode: " + problem);
        });
        return text;
    }

    /**
     * The next field name of the current object, whose fields are named {@code prefix} and their
     * name, or null at its end; a name given twice would make one of its values count silently.
     */
    private String nextField(String prefix, Set<String> given) {
        if (parser.next() != Event.KEY_NAME) {
            return null;
        }
        String field = parser.getString();
        String object = prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1);
        UnicodeText.problem(field).ifPresent(problem -> {
            throw error(object, "holds a field name that is not valid Unicode: " + problem);
        });
        if (!given.add(field)) {
            throw error(prefix + field, "is given twice");
        }
        return field;
    }

    private void expect(Event expected, String path, String rule) {
        if (!parser.hasNext() || parser.next() != expected) {
            throw error(path, rule);
        }
    }

    private DevicesFileException unknown(String path, String known) {
        return error(path, "unknown field (known: " + known + ")");
    }

    private DevicesFileException error(String path, String reason) {
        return new DevicesFileException(source, line(), path, reason);
    }

    private long line() {
        return parser.getLocation().getLineNumber();
    }
}
