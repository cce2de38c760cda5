package com.myhomecontrol.media.entity;

/**
 * Which store serves media now, and what waits in the journal: entries not yet replayed,
 * unreadable lines set aside at opening, entries PostgreSQL refused at replay; and whether
 * replaying fails for a reason other than PostgreSQL being away.
 */
public record MediaStoreStatus(String activeStore, boolean postgresConfigured, long journalEntries,
                               long unreadableLines, long refusedEntries, String journalFile, String problem,
                               boolean recoveryFailing) {
}
