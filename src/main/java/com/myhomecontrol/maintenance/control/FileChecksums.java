package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.BackupSet;
import com.myhomecontrol.maintenance.entity.JobFailedException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The sha256 of a file, as lower-case hex, and of every file of a set. */
public final class FileChecksums {

    private FileChecksums() {
    }

    public static String sha256(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new JobFailedException("Cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Every file of the set but its manifest, by its path in the set ('/' separated), with its sha256. */
    public static Map<String, String> ofSet(BackupSet set) {
        Map<String, String> sha256 = new TreeMap<>();
        filesOf(set).forEach(name -> sha256.put(name, sha256(set.file(name))));
        return sha256;
    }

    /** The paths of every file of the set but its manifest. */
    public static List<String> filesOf(BackupSet set) {
        try (Stream<Path> files = Files.walk(set.directory())) {
            return files.filter(Files::isRegularFile)
                    .map(file -> set.directory().relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"))
                    .filter(name -> !name.equals(BackupSet.MANIFEST_FILE))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new JobFailedException("Cannot list the set " + set.directory() + ": " + e.getMessage(), e);
        }
    }
}
