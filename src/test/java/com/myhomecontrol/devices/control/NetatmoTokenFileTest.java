package com.myhomecontrol.devices.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NetatmoTokenFileTest {

    @TempDir
    Path folder;

    @Test
    void aMissingFileHasNoToken() {
        assertEquals(Optional.empty(), new NetatmoTokenFile(folder.resolve("absent")).read());
    }

    @Test
    void theLastTokenWrittenIsReadBackAndOnlyItsOwnerMayReadIt() throws IOException {
        Path file = folder.resolve("data").resolve("netatmo-token");
        NetatmoTokenFile tokens = new NetatmoTokenFile(file);

        tokens.write("one");
        tokens.write("two");

        assertEquals(Optional.of("two"), new NetatmoTokenFile(file).read());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(1, files.count());
        }
    }
}
