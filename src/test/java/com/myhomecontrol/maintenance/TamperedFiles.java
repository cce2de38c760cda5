package com.myhomecontrol.maintenance;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

/** Damage done to a backup set by the tests that must see it refused. */
public final class TamperedFiles {

    private TamperedFiles() {
    }

    /** Changes one bit of the byte in the middle of the file. */
    public static void flipMiddleByte(Path file) throws IOException {
        try (RandomAccessFile copy = new RandomAccessFile(file.toFile(), "rw")) {
            long middle = copy.length() / 2;
            copy.seek(middle);
            int original = copy.read();
            copy.seek(middle);
            copy.write(original ^ 0x01);
        }
    }
}
