/**
 * Cross-cutting plumbing that every business component stands on: the time-series database and its single writer, request reading and validation, problem details and security.
 */
package com.myhomecontrol.platform;
