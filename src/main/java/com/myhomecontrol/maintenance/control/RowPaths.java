package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.media.entity.MediumFile;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;

/**
 * Which files the media rows name, small enough for a million rows: a sorted array of a 64-bit
 * hash of each path, absolute and normalized as the walk lists files (a row may store it relative
 * to the working folder). Two paths sharing a hash (odds of about 1 in 10^7 among a million) would
 * make a file without a row look named, so kept: the safe side.
 */
public final class RowPaths {

    private final long[] hashes;

    private RowPaths(long[] hashes) {
        this.hashes = hashes;
    }

    public static RowPaths of(Iterator<MediumFile> rows) {
        long[] hashes = new long[1024];
        int size = 0;
        while (rows.hasNext()) {
            Path file = file(rows.next().filePath());
            if (file == null) {
                continue;
            }
            if (size == hashes.length) {
                hashes = Arrays.copyOf(hashes, size * 2);
            }
            hashes[size++] = hash(file);
        }
        long[] sorted = Arrays.copyOf(hashes, size);
        Arrays.sort(sorted);
        return new RowPaths(sorted);
    }

    public boolean names(Path file) {
        return Arrays.binarySearch(hashes, hash(file.toAbsolutePath().normalize())) >= 0;
    }

    /** The file a row names, absolute and normalized; null for a path no file can have. */
    public static Path file(String filePath) {
        try {
            return Path.of(filePath).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** FNV-1a, 64 bits, over the path's characters. */
    private static long hash(Path file) {
        String text = file.toString();
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
