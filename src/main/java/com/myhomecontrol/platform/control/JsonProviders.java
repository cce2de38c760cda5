package com.myhomecontrol.platform.control;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON provider, looked up once. Each static {@code jakarta.json.Json.create...} call looks it
 * up again through the ServiceLoader, which the media benchmark measured at about 0.2 ms a call (a
 * listing of 50 recordings with their analyses made some 250 such calls).
 */
public final class JsonProviders {

    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonProviders() {
    }
}
