package com.myhomecontrol.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every JAX-RS resource method of the application, found in its compiled classes (not listed by
 * hand, so that a new resource is found too), with the path and HTTP method it answers.
 */
record ResourceMethod(Method method, String httpMethod, String path) {

    static List<ResourceMethod> all() {
        List<Class<?>> classes = applicationClasses();
        String root = "/" + classes.stream().map(type -> type.getAnnotation(ApplicationPath.class))
                .filter(path -> path != null).findFirst().orElseThrow().value();
        return classes.stream()
                .filter(type -> type.isAnnotationPresent(Path.class) && !Modifier.isAbstract(type.getModifiers()))
                .flatMap(type -> Arrays.stream(type.getMethods()).flatMap(method -> httpMethod(method).stream()
                        .map(http -> new ResourceMethod(method, http, join(root, type.getAnnotation(Path.class).value(),
                                method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "")))))
                .toList();
    }

    @Override
    public String toString() {
        return httpMethod + " " + path + " (" + method.getDeclaringClass().getSimpleName() + "." + method.getName() + ")";
    }

    private static Optional<String> httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
                .filter(http -> http != null).map(HttpMethod::value).findFirst();
    }

    private static String join(String... segments) {
        String path = String.join("/", segments).replaceAll("/+", "/");
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static List<Class<?>> applicationClasses() {
        try {
            var classes = java.nio.file.Path.of(ApiApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
                return files.map(file -> classes.relativize(file).toString())
                        .filter(name -> name.endsWith(".class") && !name.contains("$"))
                        .<Class<?>>map(name -> load(name.substring(0, name.length() - ".class".length()).replace('/', '.')))
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ResourceMethod.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
