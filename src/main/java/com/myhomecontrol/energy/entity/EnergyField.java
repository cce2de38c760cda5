package com.myhomecontrol.energy.entity;

import com.myhomecontrol.platform.entity.InvalidInputException;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The measured fields of a raw energy reading, in the order answers carry them; each one's column has its JSON name. */
public enum EnergyField {
    POWER_W,
    VOLTAGE_V,
    CURRENT_A,
    DAILY_ENERGY_KWH,
    MONTHLY_ENERGY_KWH,
    POWER_STATE;

    public static final List<EnergyField> ALL = List.of(values());

    /** Made once: the history writes it for every point. */
    private final String column = name().toLowerCase(Locale.ROOT);
    private final SerializableString jsonName = new SerializedString(column);

    /** The column, which is also the field's name in answers. */
    public String column() {
        return column;
    }

    /** The name in answers, encoded once. */
    public SerializableString jsonName() {
        return jsonName;
    }

    /**
     * The fields of a {@code fields} parameter ({@code power_w,voltage_v}), in reading order; every
     * field when absent. A name that is no field is refused, never ignored.
     */
    public static List<EnergyField> parse(String fields) {
        if (fields == null) {
            return ALL;
        }
        Set<EnergyField> chosen = new LinkedHashSet<>();
        for (String name : fields.split(",", -1)) {
            String trimmed = name.trim();
            chosen.add(Arrays.stream(values()).filter(field -> field.column().equals(trimmed)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("fields", "\"" + trimmed + "\" is not a field of a reading (known: "
                            + ALL.stream().map(EnergyField::column).collect(Collectors.joining(", ")) + ")")));
        }
        return ALL.stream().filter(chosen::contains).toList();
    }
}
