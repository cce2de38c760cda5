package com.myhomecontrol.devices.control;

import com.myhomecontrol.platform.control.SecretFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        try {
            SecretFiles.write(file, refreshToken);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Netatmo token file " + file, e);
        }
    }
}
