/**
 * The REST resources of weather: readings, stations, history and the endpoint the existing dashboards call.
 */
package com.myhomecontrol.weather.boundary;
