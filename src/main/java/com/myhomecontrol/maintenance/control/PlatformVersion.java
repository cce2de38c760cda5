package com.myhomecontrol.maintenance.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of the platform, which the build writes into platform-version.properties. */
public final class PlatformVersion {

    private PlatformVersion() {
    }

    public static String current() {
        try (InputStream in = PlatformVersion.class.getResourceAsStream("platform-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
