/**
 * What one poll of a device yields, in the units the time series store.
 */
package com.myhomecontrol.devices.entity;
