package com.myhomecontrol.maintenance.entity;

/** A restore whose set was verified: its parameters and the set's manifest, for the steps that restore the parts. */
public record RestorePlan(RestoreParameters parameters, Manifest manifest) {
}
