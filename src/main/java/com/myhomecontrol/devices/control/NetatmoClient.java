package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.NetatmoAccount;
import com.myhomecontrol.devices.entity.NetatmoMeasure;
import com.myhomecontrol.devices.entity.NetatmoModuleStatus;
import com.myhomecontrol.devices.entity.NetatmoReading;
import com.myhomecontrol.devices.entity.NetatmoStations;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Netatmo Weather API of one account: the stations' latest readings, and the readings of a
 * module over a gap, fetched back with getmeasure. Throws {@link NetatmoAuthFailedException} and
 * {@link NetatmoRateLimitedException} for the caller to back off; never retries more than once.
 */
public class NetatmoClient {

    /** The most points getmeasure returns in one answer. */
    static final int MAX_POINTS = 1024;

    private final HttpClient http;
    private final URI baseUrl;
    private final NetatmoTokens tokens;

    public NetatmoClient(NetatmoAccount account, Clock clock) {
        this.http = NetatmoHttp.client();
        this.baseUrl = account.baseUrl();
        this.tokens = new NetatmoTokens(http, account, clock);
    }

    public NetatmoStations stations() {
        return NetatmoStationsParser.parse(get("getstationsdata", Map.of()));
    }

    /**
     * The readings of a module from epoch second from to to, both included, at the module's own
     * 5-minute resolution, in pages of at most 1,024 points. The rolling rain sums are not in
     * getmeasure and stay null.
     */
    public List<NetatmoReading> measures(NetatmoModuleStatus module, long from, long to) {
        NetatmoModuleKind kind = NetatmoModuleKind.of(module.netatmoType())
                .orElseThrow(() -> new IllegalArgumentException("Not a weather module: " + module.netatmoType()));
        List<NetatmoMeasure> measures = kind.measures().stream().filter(m -> m.measureType() != null).toList();
        List<NetatmoReading> readings = new ArrayList<>();
        for (long begin = from; begin <= to; ) {
            List<NetatmoReading> page = page(module, measures, begin, to);
            readings.addAll(page);
            if (page.size() < MAX_POINTS) {
                break;
            }
            begin = page.get(page.size() - 1).timestamp() + 1;
        }
        return readings;
    }

    private List<NetatmoReading> page(NetatmoModuleStatus module, List<NetatmoMeasure> measures, long begin, long end) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("device_id", module.stationId());
        if (!module.isMainStation()) {
            query.put("module_id", module.moduleId());
        }
        query.put("scale", "max");
        query.put("type", measures.stream().map(NetatmoMeasure::measureType).collect(Collectors.joining(",")));
        query.put("date_begin", Long.toString(begin));
        query.put("date_end", Long.toString(end));
        query.put("limit", Integer.toString(MAX_POINTS));
        query.put("optimize", "false");
        JsonValue body = get("getmeasure", query).get("body");
        if (!(body instanceof JsonObject points)) {
            return List.of();
        }
        List<NetatmoReading> page = new ArrayList<>();
        for (Map.Entry<String, JsonValue> point : points.entrySet()) {
            JsonArray values = point.getValue().asJsonArray();
            Map<NetatmoMeasure, Double> measured = new EnumMap<>(NetatmoMeasure.class);
            for (int i = 0; i < measures.size() && i < values.size(); i++) {
                if (values.get(i) instanceof JsonNumber number) {
                    measured.put(measures.get(i), number.doubleValue());
                }
            }
            page.add(NetatmoReading.of(module.stationId(), module.moduleType(), Long.parseLong(point.getKey()), measured));
        }
        page.sort(Comparator.comparingLong(NetatmoReading::timestamp));
        return page;
    }

    private JsonObject get(String method, Map<String, String> query) {
        String token = tokens.accessToken();
        try {
            return get(method, query, token);
        } catch (NetatmoTokenRejectedException rejected) {
            return get(method, query, tokens.renew(token));
        }
    }

    private JsonObject get(String method, Map<String, String> query, String token) {
        String parameters = NetatmoHttp.encode(query);
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve("/api/" + method + (parameters.isEmpty() ? "" : "?" + parameters)))
                .timeout(NetatmoHttp.TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        return NetatmoHttp.send(http, request, "Netatmo " + method);
    }
}
