package com.myhomecontrol.media.control;

import com.myhomecontrol.platform.control.TimestampParser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.ZoneId;

/** Produces the media helpers with their configuration. */
@ApplicationScoped
public class MediaSettings {

    @Inject
    @ConfigProperty(name = "MEDIA_ROOTS", defaultValue = "data/media")
    String mediaRoots;

    @Produces
    MediaParser mediaParser(TimestampParser timestamps) {
        return new MediaParser(timestamps, MediaRoots.parse(mediaRoots));
    }

    @Produces
    MediaQueryParser mediaQueryParser(TimestampParser timestamps) {
        return new MediaQueryParser(timestamps);
    }

    /** The zone whose day "today" means in the storage statistics: the server's. */
    public ZoneId zone() {
        return ZoneId.systemDefault();
    }
}
