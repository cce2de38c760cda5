package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.MediaFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MediaFileWalkTest {

    @TempDir
    Path directory;

    private Path cameras;
    private Path snapshots;
    private Path journal;

    @BeforeEach
    void files() throws IOException {
        cameras = directory.resolve("cameras");
        snapshots = directory.resolve("snapshots");
        journal = cameras.resolve("journal");
        for (String name : List.of("cameras/b/2.mp4", "cameras/b/10.mp4", "cameras/a.mp4", "cameras/a/x.mp4",
                "cameras/.partial.mp4", "cameras/.cache/c.mp4", "cameras/journal/journal.jsonl", "cameras/garden/z.mp4",
                "snapshots/s.jpg")) {
            Path file = directory.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, name);
        }
        Files.createSymbolicLink(cameras.resolve("link.mp4"), snapshots.resolve("s.jpg"));
    }

    @Test
    void walksRootByRootAndEachFolderByNameLeavingOutHiddenLinkedAndExcluded() {
        assertEquals(List.of("cameras/a/x.mp4", "cameras/a.mp4", "cameras/b/10.mp4", "cameras/b/2.mp4",
                "cameras/garden/z.mp4", "snapshots/s.jpg"), names(MediaFileWalk.of(roots(), List.of(journal))));
        assertEquals(6, MediaFileWalk.count(roots(), List.of(journal)));
    }

    @Test
    void goesOnAfterTheLastFileWalkedEvenWhenItIsGoneSince() throws IOException {
        Files.delete(cameras.resolve("b/10.mp4"));

        assertEquals(List.of("cameras/b/2.mp4", "cameras/garden/z.mp4", "snapshots/s.jpg"),
                names(MediaFileWalk.after(roots(), List.of(journal), cameras.resolve("b/10.mp4"))));
        assertEquals(List.of("snapshots/s.jpg"),
                names(MediaFileWalk.after(roots(), List.of(journal), cameras.resolve("garden/z.mp4"))));
    }

    @Test
    void aRootInsideAnotherIsWalkedOnceAndAMissingRootHasNoFiles() {
        List<Path> roots = List.of(cameras, cameras.resolve("b"), directory.resolve("unmounted"));

        assertEquals(5, MediaFileWalk.count(roots, List.of(journal)));
        assertEquals(List.of(directory.resolve("unmounted")), MediaFileWalk.missing(roots));
    }

    private List<Path> roots() {
        return List.of(cameras, snapshots);
    }

    private List<String> names(MediaFileWalk walk) {
        List<String> names = new ArrayList<>();
        walk.forEachRemaining((MediaFile file) -> names.add(directory.relativize(file.path()).toString()));
        return names;
    }
}
