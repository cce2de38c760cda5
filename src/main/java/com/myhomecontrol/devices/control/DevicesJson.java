package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.ConfiguredPlug;
import com.myhomecontrol.devices.entity.DeviceRegistry;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import static com.myhomecontrol.platform.control.JsonProviders.JSON;

/** The registry in the devices file's format, which the API answers and the parser reads back. */
public final class DevicesJson {

    private DevicesJson() {
    }

    public static JsonObject toJson(DeviceRegistry registry) {
        JsonArrayBuilder plugs = JSON.createArrayBuilder();
        registry.plugs().forEach(plug -> plugs.add(JSON.createObjectBuilder()
                .add("device_id", plug.deviceId())
                .add("host", address(plug))
                .add("poll_seconds", plug.pollSeconds())));
        return JSON.createObjectBuilder()
                .add("tapo_plugs", plugs)
                .add("netatmo", JSON.createObjectBuilder()
                        .add("enabled", registry.netatmo().enabled())
                        .add("poll_seconds", registry.netatmo().pollSeconds()))
                .build();
    }

    private static String address(ConfiguredPlug plug) {
        return plug.port() == ConfiguredPlug.DEFAULT_PORT ? plug.host() : plug.host() + ":" + plug.port();
    }
}
