package com.myhomecontrol.emulation.control;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The plug's KLAP endpoints. Like a plug it answers handshake1 for any credentials (with a hash
 * a wrong client cannot match), keeps one session: a newer handshake or expiry makes the old
 * one 403.
 */
final class KlapEndpoint implements PlugEndpoint {

    private static final int SEED_LENGTH = 16;
    private static final int MAX_PENDING = 8;

    private record Active(String id, EmulatedKlapSession session, Instant expiresAt) {
    }

    private final PlugSettings settings;
    private final PlugMethods methods;
    private final PlugCounters counters;
    private final byte[] authHash;
    private final Map<String, KlapHandshake> pending = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, KlapHandshake> eldest) {
            return size() > MAX_PENDING;
        }
    };
    private Active active;
    private volatile Integer lastSequence;

    KlapEndpoint(PlugSettings settings, PlugMethods methods, PlugCounters counters) {
        this.settings = settings;
        this.methods = methods;
        this.counters = counters;
        this.authHash = KlapHandshake.authHash(settings.credentials());
    }

    Integer lastSequence() {
        return lastSequence;
    }

    @Override
    public synchronized PlugResponse answer(PlugRequest request) {
        if (!request.isPost()) {
            return PlugResponse.status(405);
        }
        return switch (request.path()) {
            case "/app/handshake1" -> handshake1(request.body());
            case "/app/handshake2" -> handshake2(request);
            case "/app/request" -> request(request);
            case "/app" -> PlugResponse.json(PlugMethods.error(PlugErrorCodes.KLAP_ONLY));
            default -> PlugResponse.status(404);
        };
    }

    private PlugResponse handshake1(byte[] localSeed) {
        if (localSeed.length != SEED_LENGTH) {
            return PlugResponse.status(400);
        }
        counters.handshake();
        KlapHandshake handshake = new KlapHandshake(localSeed, RandomBytes.of(settings.random(), SEED_LENGTH), authHash);
        String id = RandomBytes.sessionId(settings.random());
        pending.put(id, handshake);
        byte[] answer = new byte[SEED_LENGTH + 32];
        System.arraycopy(handshake.remoteSeed(), 0, answer, 0, SEED_LENGTH);
        System.arraycopy(handshake.plugProof(), 0, answer, SEED_LENGTH, 32);
        return PlugResponse.ok(answer).withSession(id, settings.sessionTimeout().toSeconds());
    }

    private PlugResponse handshake2(PlugRequest request) {
        String id = request.sessionId().orElse(null);
        KlapHandshake handshake = id == null ? null : pending.remove(id);
        if (handshake == null || !handshake.acceptsClientProof(request.body())) {
            return PlugResponse.status(403);
        }
        active = new Active(id, handshake.session(), settings.clock().instant().plus(settings.sessionTimeout()));
        return PlugResponse.ok(new byte[0]);
    }

    private PlugResponse request(PlugRequest request) {
        if (active == null || !request.sessionId().filter(active.id()::equals).isPresent()
                || !settings.clock().instant().isBefore(active.expiresAt())) {
            return PlugResponse.status(403);
        }
        int sequence;
        String plaintext;
        try {
            sequence = Integer.parseInt(request.query("seq").orElse(""));
            plaintext = new String(active.session().open(sequence, request.body()), UTF_8);
        } catch (NumberFormatException | UnreadableRequestException e) {
            return PlugResponse.status(400);
        }
        counters.request();
        lastSequence = sequence;
        return PlugResponse.ok(active.session().seal(sequence, methods.answer(plaintext).getBytes(UTF_8)));
    }
}
