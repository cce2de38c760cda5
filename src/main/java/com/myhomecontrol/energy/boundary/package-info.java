/**
 * The REST resources of energy: readings, devices, history and the endpoints the existing dashboards call.
 */
package com.myhomecontrol.energy.boundary;
