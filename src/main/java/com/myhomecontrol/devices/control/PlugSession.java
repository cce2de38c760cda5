package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.PlugComponent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.myhomecontrol.devices.control.TapoMethods.CURRENT_POWER;
import static com.myhomecontrol.devices.control.TapoMethods.DEVICE_INFO;
import static com.myhomecontrol.devices.control.TapoMethods.EMETER_DATA;
import static com.myhomecontrol.devices.control.TapoMethods.ENERGY_DATA;
import static com.myhomecontrol.devices.control.TapoMethods.ENERGY_MONITORING;
import static com.myhomecontrol.devices.control.TapoMethods.ENERGY_USAGE;

/**
 * What a plug said it has (component_nego) and what it refused, for one session of its transport:
 * a refused method or multipleRequest is not asked again until the next session, whose plug may
 * run new firmware. Firmware without component_nego is asked what firmware always answered.
 */
final class PlugSession {

    private static final int CURRENT_POWER_SINCE = 2;

    private final int number;
    private final Optional<List<PlugComponent>> components;
    private final Map<String, TapoException> refused = new LinkedHashMap<>();
    private boolean batches = true;

    PlugSession(int number, Optional<List<PlugComponent>> components) {
        this.number = number;
        this.components = components;
    }

    int number() {
        return number;
    }

    Optional<List<PlugComponent>> components() {
        return components;
    }

    /** The methods of a poll, the one that gives the power first. */
    List<String> pollMethods() {
        List<String> methods = new ArrayList<>(List.of(ENERGY_USAGE, DEVICE_INFO));
        if (energyMonitoring().orElse(0) >= CURRENT_POWER_SINCE) {
            methods.add(CURRENT_POWER);
        }
        if (measuresEnergy()) {
            methods.add(EMETER_DATA);
        }
        return methods.stream().filter(method -> !refused.containsKey(method)).toList();
    }

    /** Why get_energy_data is not asked: refused in this session, or no energy_monitoring listed. */
    Optional<TapoException> backfillRefusal() {
        if (!measuresEnergy()) {
            return Optional.of(new TapoErrorCodeException(TapoErrorCodes.UNKNOWN_METHOD,
                    "the plug lists no " + ENERGY_MONITORING + " component, so it keeps no hourly energy"));
        }
        return Optional.ofNullable(refused.get(ENERGY_DATA));
    }

    boolean batches() {
        return batches;
    }

    void refuseBatches() {
        batches = false;
    }

    /** An optional method the plug answered with an error code is not asked again in this session. */
    void remember(String method, TapoException failure) {
        if (!method.equals(ENERGY_USAGE) && failure instanceof TapoErrorCodeException) {
            refused.put(method, failure);
        }
    }

    /** A poll's answers, starting from the refusals of this session, which still leave their fields unknown. */
    PlugAnswers answers() {
        PlugAnswers answers = new PlugAnswers();
        refused.forEach(answers::failed);
        return answers;
    }

    boolean measuresEnergy() {
        return components.isEmpty() || energyMonitoring().isPresent();
    }

    private Optional<Integer> energyMonitoring() {
        return components.flatMap(list -> list.stream()
                .filter(component -> component.id().equals(ENERGY_MONITORING))
                .map(PlugComponent::verCode)
                .findFirst());
    }
}
