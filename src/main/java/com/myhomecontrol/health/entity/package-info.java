/**
 * The answers of the health API: the platform's figures now, and their history.
 */
package com.myhomecontrol.health.entity;
