/**
 * Validation, the PostgreSQL store, the JSONL journal that stands in for it, and the failover and
 * replay between the two.
 */
package com.myhomecontrol.media.control;
