/**
 * Weather readings, series, metrics, buckets and the answers of the weather API.
 */
package com.myhomecontrol.weather.entity;
