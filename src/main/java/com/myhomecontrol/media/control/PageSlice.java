package com.myhomecontrol.media.control;

import com.myhomecontrol.media.entity.Cursor;

import java.util.List;
import java.util.function.Function;

/**
 * A page cut from rows read one beyond its limit: the extra row tells that there is a next page,
 * which starts after the last row kept.
 */
record PageSlice<T>(List<T> rows, Cursor next) {

    static <T> PageSlice<T> of(List<T> readOneBeyond, int limit, Function<T, Cursor> position) {
        if (readOneBeyond.size() <= limit) {
            return new PageSlice<>(readOneBeyond, null);
        }
        List<T> rows = readOneBeyond.subList(0, limit);
        return new PageSlice<>(rows, position.apply(rows.get(limit - 1)));
    }
}
