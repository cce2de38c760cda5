/**
 * Energy readings, devices, buckets and the answers of the energy API.
 */
package com.myhomecontrol.energy.entity;
