/**
 * Shared logic: the time-series database (schema migration, group-commit writer), JSON body and field validation, timestamps and ranges, the identity store of the three users.
 */
package com.myhomecontrol.platform.control;
