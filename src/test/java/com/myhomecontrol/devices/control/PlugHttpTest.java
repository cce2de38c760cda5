package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.TapoCredentials;
import com.myhomecontrol.emulation.control.EmulatedPlug;
import com.myhomecontrol.emulation.control.PlugSettings;
import com.myhomecontrol.emulation.control.PowerProfiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlugHttpTest {

    private static final TapoCredentials CREDENTIALS = new TapoCredentials("home@example.com", "s3cret");
    private static final int PLUGS = 20;

    private final List<EmulatedPlug> plugs = new ArrayList<>();

    @AfterEach
    void stop() {
        plugs.forEach(EmulatedPlug::close);
    }

    @Test
    void manyPlugsArePolledThroughOneHttpClient() {
        for (int i = 0; i < PLUGS; i++) {
            plugs.add(EmulatedPlug.start(PlugSettings.klap("plug-" + i, CREDENTIALS, PowerProfiles.FRIDGE), 0));
        }
        Set<String> selectorsBefore = httpClientSelectors();

        List<TapoPlugClient> clients = plugs.stream().map(plug -> new TapoPlugClient(plug.host(), CREDENTIALS)).toList();
        clients.forEach(TapoPlugClient::poll);

        Set<String> started = httpClientSelectors();
        started.removeAll(selectorsBefore);
        assertTrue(started.size() <= 1, "selector threads started for " + PLUGS + " plugs: " + started);
        plugs.forEach(plug -> assertEquals(1, plug.handshakes()));
    }

    /** The JDK's HttpClient runs one thread of this name per client. */
    private static Set<String> httpClientSelectors() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(name -> name.startsWith("HttpClient-") && name.endsWith("-SelectorManager"))
                .collect(Collectors.toSet());
    }
}
