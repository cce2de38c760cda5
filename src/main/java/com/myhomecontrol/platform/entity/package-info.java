/**
 * Shared data: problem details, field errors, buckets, time ranges, roles, and the exceptions that become 4xx and 503 answers.
 */
package com.myhomecontrol.platform.entity;
