package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.NetatmoModuleStatus;
import com.myhomecontrol.devices.entity.NetatmoReading;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fills the readings a module recorded while nobody asked, from getmeasure. Stations record every
 * five minutes, so a newest reading more than ten minutes after the last one stored leaves a gap.
 * One poll fills at most a week of a module's gap (two getmeasure pages), which keeps a long
 * outage within Netatmo's rate limit; until the gap is filled, the module's newest reading waits,
 * so that the next poll goes on where this one stopped. A gap older than 30 days is not asked for.
 */
final class NetatmoGapFiller {

    static final long GAP_SECONDS = 600;
    static final Duration WINDOW_PER_POLL = Duration.ofDays(7);
    static final Duration LIMIT = Duration.ofDays(30);

    /**
     * How far each module was asked where the station recorded nothing, which no stored reading
     * shows; a window that gave readings is shown by them once they are stored, and asked again if
     * they are not.
     */
    private final Map<String, Long> askedUntil = new ConcurrentHashMap<>();

    /** The readings to store for a module: the gap's, as far as this poll fills it, then the newest once it is filled. */
    List<NetatmoReading> readings(NetatmoClient client, NetatmoModuleStatus module, NetatmoReading newest, OptionalLong lastStored) {
        String key = module.stationId() + "/" + module.moduleType();
        long known = Math.max(lastStored.orElse(Long.MIN_VALUE), askedUntil.getOrDefault(key, Long.MIN_VALUE));
        if (known == Long.MIN_VALUE || newest.timestamp() - known <= GAP_SECONDS) {
            return List.of(newest);
        }
        long from = Math.max(known + 1, newest.timestamp() - LIMIT.toSeconds());
        long to = newest.timestamp() - 1;
        long until = Math.min(to, from + WINDOW_PER_POLL.toSeconds() - 1);
        List<NetatmoReading> readings = new ArrayList<>(client.measures(module, from, until));
        if (readings.isEmpty()) {
            askedUntil.put(key, until);
        }
        if (until == to) {
            readings.add(newest);
        }
        return readings;
    }
}
