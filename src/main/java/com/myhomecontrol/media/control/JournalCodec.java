package com.myhomecontrol.media.control;

import com.myhomecontrol.media.entity.MediaKind;
import com.myhomecontrol.media.entity.MediumKey;
import com.myhomecontrol.platform.control.JsonProviders;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.Arrays;

/** A journal entry as one line of JSON and back. */
final class JournalCodec {

    private JournalCodec() {
    }

    static String line(JournalEntry entry) {
        JsonObjectBuilder json = JsonProviders.JSON.createObjectBuilder();
        JsonArrayBuilder items = JsonProviders.JSON.createArrayBuilder();
        if (entry instanceof JournalEntry.Upsert upsert) {
            json.add("op", "upsert").add("media_type", upsert.media().get(0).kind().label());
            upsert.media().forEach(medium -> items.add(MediaJson.toJson(medium)));
            json.add("items", items);
        } else if (entry instanceof JournalEntry.Delete delete) {
            json.add("op", "delete").add("media_type", delete.medium().kind().label()).add("media_id", delete.medium().id());
        } else if (entry instanceof JournalEntry.AddAnalyses add) {
            json.add("op", "analyses").add("media_type", add.medium().kind().label()).add("media_id", add.medium().id());
            add.analyses().forEach(analysis -> items.add(MediaJson.toJson(analysis)));
            json.add("items", items);
        }
        return json.build().toString();
    }

    /** The entry of a line; an exception of the JSON API or an IllegalArgumentException when it is not one. */
    static JournalEntry entry(String line) {
        JsonObject json;
        try (var reader = JsonProviders.JSON.createReader(new StringReader(line))) {
            json = reader.readObject();
        }
        MediaKind kind = MediaKind.of(json.getString("media_type"))
                .orElseThrow(() -> new IllegalArgumentException("unknown media_type " + json.getString("media_type")));
        return switch (json.getString("op")) {
            case "upsert" -> new JournalEntry.Upsert(json.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                    .map(item -> MediaJson.medium(kindOf(item, kind), item)).toList());
            case "delete" -> new JournalEntry.Delete(new MediumKey(kind, json.getString("media_id")));
            case "analyses" -> new JournalEntry.AddAnalyses(new MediumKey(kind, json.getString("media_id")),
                    json.getJsonArray("items").stream().map(JsonValue::asJsonObject).map(MediaJson::analysis).toList());
            default -> throw new IllegalArgumentException("unknown op " + json.getString("op"));
        };
    }

    /** An upsert may mix recordings and snapshots, and the line names one media_type: an item is of the kind whose id it has. */
    private static MediaKind kindOf(JsonObject item, MediaKind named) {
        return Arrays.stream(MediaKind.values()).filter(kind -> item.containsKey(kind.idField())).findFirst().orElse(named);
    }
}
