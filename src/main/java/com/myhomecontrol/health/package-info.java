/**
 * How the platform is: MicroProfile Health checks of its stores and writers, and the health API with its history.
 */
package com.myhomecontrol.health;
