package com.myhomecontrol.energy.entity;

import com.myhomecontrol.platform.entity.StoredSeries;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A device that has readings stored. */
@Entity
@Table(name = "energy_devices")
public class EnergyDevice extends StoredSeries {

    @Id
    @Column(name = "device_id")
    private String deviceId;

    public String getDeviceId() {
        return deviceId;
    }
}
