package com.myhomecontrol.media.control;

import com.myhomecontrol.media.entity.Analysis;
import com.myhomecontrol.media.entity.Medium;
import com.myhomecontrol.media.entity.MediumKey;

import java.util.List;

/** One acknowledged write, as the journal keeps it and as a store applies it. */
public sealed interface JournalEntry {

    record Upsert(List<Medium> media) implements JournalEntry {
    }

    record Delete(MediumKey medium) implements JournalEntry {
    }

    record AddAnalyses(MediumKey medium, List<Analysis> analyses) implements JournalEntry {
    }
}
