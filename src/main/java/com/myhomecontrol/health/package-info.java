/**
 * How the platform is: MicroProfile Health checks of its stores and writers.
 */
package com.myhomecontrol.health;
