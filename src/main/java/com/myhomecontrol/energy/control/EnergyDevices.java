package com.myhomecontrol.energy.control;

import com.myhomecontrol.energy.entity.EnergyDevice;
import com.myhomecontrol.energy.entity.EnergyReading;
import com.myhomecontrol.platform.entity.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The devices that have readings, and their latest reading. */
@ApplicationScoped
public class EnergyDevices {

    @PersistenceContext(unitName = "timeseries")
    EntityManager em;

    public List<EnergyDevice> all() {
        return em.createQuery("SELECT d FROM EnergyDevice d ORDER BY d.deviceId", EnergyDevice.class).getResultList();
    }

    /** The device, or 404 when nothing is stored for it. */
    public EnergyDevice require(String deviceId) {
        EnergyDevice device = em.find(EnergyDevice.class, deviceId);
        if (device == null) {
            throw new NotFoundException("No energy readings are stored for device " + deviceId);
        }
        return device;
    }

    public EnergyReading latest(String deviceId) {
        EnergyDevice device = require(deviceId);
        return em.find(EnergyReading.class, new EnergyReading.Key(deviceId, device.getLastTimestamp()));
    }
}
