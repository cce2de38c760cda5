package com.myhomecontrol.maintenance.boundary;

import jakarta.batch.api.Batchlet;
import jakarta.batch.api.Decider;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.api.chunk.ItemReader;
import jakarta.batch.api.chunk.ItemWriter;
import jakarta.batch.api.chunk.listener.ChunkListener;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.api.listener.StepListener;
import jakarta.inject.Named;

import java.beans.Introspector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The batch artifacts of the application's own classes, by the name job XML refers to them, found
 * in the folder of the compiled classes (in Java SE: the tests and the offline command).
 */
public final class BatchArtifacts {

    private static final List<Class<?>> KINDS = List.of(Batchlet.class, ItemReader.class, ItemProcessor.class,
            ItemWriter.class, Decider.class, JobListener.class, StepListener.class, ChunkListener.class);

    private BatchArtifacts() {
    }

    public static Map<String, Class<?>> named() {
        Path classes = mainClasses();
        Map<String, Class<?>> artifacts = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            files.map(classes::relativize).map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$") && !name.endsWith("package-info.class"))
                    .map(name -> load(name.substring(0, name.length() - ".class".length()).replace('/', '.')))
                    .filter(BatchArtifacts::isArtifact)
                    .forEach(type -> artifacts.put(name(type), type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return artifacts;
    }

    private static boolean isArtifact(Class<?> type) {
        return type.isAnnotationPresent(Named.class) && !Modifier.isAbstract(type.getModifiers())
                && KINDS.stream().anyMatch(kind -> kind.isAssignableFrom(type));
    }

    private static String name(Class<?> type) {
        String value = type.getAnnotation(Named.class).value();
        return value.isEmpty() ? Introspector.decapitalize(type.getSimpleName()) : value;
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, BatchArtifacts.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path mainClasses() {
        try {
            return Path.of(BatchArtifacts.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
