/**
 * Parsing, storing (merge upserts through the single writer) and querying weather readings.
 */
package com.myhomecontrol.weather.control;
