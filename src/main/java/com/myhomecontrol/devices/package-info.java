/**
 * The devices that feed the time series: the clients of their protocols (Tapo P115 plugs first).
 */
package com.myhomecontrol.devices;
