/**
 * Recordings, snapshots, analyses, the filters that select them and the pages that answer.
 */
package com.myhomecontrol.media.entity;
