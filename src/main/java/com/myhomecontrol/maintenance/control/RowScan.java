package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.RowsCheckpoint;
import com.myhomecontrol.media.control.PostgresMediaStore;
import com.myhomecontrol.media.entity.MediaKind;
import com.myhomecontrol.media.entity.MediumFile;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Every recording's and then every snapshot's row, in id order, a page at a time through the
 * media persistence unit; {@link #position()} is where a new scan would go on after the rows
 * returned so far, and how many there were.
 */
public final class RowScan implements Iterator<MediumFile> {

    static final int PAGE = 500;

    private final PostgresMediaStore store;
    private final Deque<MediumFile> page = new ArrayDeque<>();
    private RowsCheckpoint position;
    private boolean exhausted;

    public RowScan(PostgresMediaStore store, RowsCheckpoint after) {
        this.store = store;
        this.position = after == null ? RowsCheckpoint.START : after;
    }

    @Override
    public boolean hasNext() {
        while (page.isEmpty() && !exhausted) {
            page.addAll(store.filesAfter(position.kind(), position.afterId(), PAGE));
            if (page.isEmpty()) {
                if (position.kind() == MediaKind.SNAPSHOT) {
                    exhausted = true;
                } else {
                    position = new RowsCheckpoint(MediaKind.SNAPSHOT, "", position.read());
                }
            }
        }
        return !page.isEmpty();
    }

    @Override
    public MediumFile next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        MediumFile row = page.poll();
        position = new RowsCheckpoint(row.medium().kind(), row.medium().id(), position.read() + 1);
        return row;
    }

    public RowsCheckpoint position() {
        return position;
    }
}
