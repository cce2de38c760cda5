package com.myhomecontrol.benchmark;

import com.myhomecontrol.energy.control.EnergyHistoryQuery;
import com.myhomecontrol.energy.entity.EnergyField;
import com.myhomecontrol.platform.control.HistoryLimits;
import com.myhomecontrol.platform.entity.TimestampFormat;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

import javax.sql.DataSource;
import java.io.OutputStream;
import java.util.List;

/** The history queries called straight on EnergyHistoryQuery, with the limit the server passes, without the server around them. */
final class InProcessQueries {

    /** As the server's JsonStream makes its generators. */
    private static final JsonFactory JSON = new JsonFactory();

    private final EnergyHistoryQuery history;
    private final List<String> deviceIds;

    InProcessQueries(DataSource dataSource, List<String> deviceIds) {
        this.history = new EnergyHistoryQuery(dataSource);
        this.deviceIds = deviceIds;
    }

    /** Raw readings as a list of entities, buckets as a list of records. */
    Latencies measure(HistoryQueries query) throws Exception {
        return Latencies.measure(query.warmUpWindows(deviceIds), query.timedWindows(deviceIds), window -> query.check(window, run(query, window)));
    }

    /**
     * Raw readings as the server answers them: read and written as JSON into a generator (on a stream
     * that drops the bytes), only {@code fields} with the device id when all are asked for.
     */
    Latencies measureStreamed(HistoryQueries query, List<EnergyField> fields) throws Exception {
        return Latencies.measure(query.warmUpWindows(deviceIds), query.timedWindows(deviceIds), window -> {
            try (JsonGenerator json = JSON.createGenerator(OutputStream.nullOutputStream())) {
                json.writeStartArray();
                query.check(window, history.writeRaw(window.deviceId(), window.range(), fields, fields == EnergyField.ALL, TimestampFormat.ISO, json));
                json.writeEndArray();
            }
        });
    }

    private int run(HistoryQueries query, HistoryWindow window) {
        return query == HistoryQueries.DAY_RAW
                ? history.raw(window.deviceId(), window.range(), HistoryLimits.MAX_RAW_POINTS + 1).size()
                : history.buckets(window.deviceId(), window.range(), query.bucket()).size();
    }
}
