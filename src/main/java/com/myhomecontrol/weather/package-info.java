/**
 * Weather of the Netatmo stations: readings in, history and stations out.
 */
package com.myhomecontrol.weather;
