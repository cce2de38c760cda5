package com.myhomecontrol.devices.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The current Netatmo refresh token in a file of its own. Netatmo invalidates a refresh token when
 * it hands out the next, so a token lost between the refresh and the write locks the account out:
 * the file is replaced atomically and synced, with its folder, before the caller goes on.
 */
public class NetatmoTokenFile {

    private final Path file;

    public NetatmoTokenFile(Path file) {
        this.file = file.toAbsolutePath();
    }

    public Optional<String> read() {
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()).filter(t -> !t.isEmpty())
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Netatmo token file " + file, e);
        }
    }

    public void write(String refreshToken) {
        Path folder = file.getParent();
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
            try {
                ownerOnly(temporary);
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                    channel.write(ByteBuffer.wrap(refreshToken.getBytes(StandardCharsets.UTF_8)));
                    channel.force(true);
                }
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
            try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
                directory.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Netatmo token file " + file, e);
        }
    }

    private static void ownerOnly(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // The file keeps the folder's default permissions where the file system has none.
        }
    }
}
