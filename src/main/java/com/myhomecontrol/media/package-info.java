/**
 * Media: the metadata of camera recordings and snapshots and the AI analyses made on them, kept in
 * PostgreSQL, or in a JSONL journal while PostgreSQL is missing.
 */
package com.myhomecontrol.media;
