/**
 * Recordings, snapshots, analyses, the filters that select them and the pages that answer; the
 * rows of the {@code media} persistence unit ({@code RecordingRow}, {@code SnapshotRow},
 * {@code AnalysisRow}) and their jsonb converter.
 */
package com.myhomecontrol.media.entity;
