/**
 * Energy of the smart plugs (Tapo P115): readings in, history, devices and usage out.
 */
package com.myhomecontrol.energy;
