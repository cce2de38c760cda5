package com.myhomecontrol.media.control;

import com.myhomecontrol.platform.entity.FieldError;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The folders media files may live in. A file path is accepted when, made absolute against the
 * server's working folder, it lies inside one of them and has no ".." step: metadata must never
 * point the platform at files elsewhere on the machine.
 */
public class MediaRoots {

    private final List<Path> roots;

    public MediaRoots(List<Path> roots) {
        this.roots = roots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
    }

    /** Roots separated by commas, as MEDIA_ROOTS holds them. */
    public static MediaRoots parse(String commaSeparated) {
        return new MediaRoots(Arrays.stream(commaSeparated.split(","))
                .map(String::strip).filter(root -> !root.isEmpty()).map(Path::of).toList());
    }

    /** The roots, absolute and normalized. */
    public List<Path> roots() {
        return roots;
    }

    /** The path when it is acceptable; otherwise null, with the reason added to {@code errors}. */
    public String check(String filePath, String field, List<FieldError> errors) {
        Path path;
        try {
            path = Path.of(filePath);
        } catch (InvalidPathException e) {
            errors.add(new FieldError(field, "is not a valid path: " + e.getReason()));
            return null;
        }
        for (Path step : path) {
            if (step.toString().equals("..")) {
                errors.add(new FieldError(field, "must not contain \"..\""));
                return null;
            }
        }
        Path absolute = path.toAbsolutePath().normalize();
        if (roots.stream().noneMatch(absolute::startsWith)) {
            errors.add(new FieldError(field, "must lie inside the media roots " + roots + " (MEDIA_ROOTS), was " + filePath));
            return null;
        }
        return filePath;
    }
}
