package com.myhomecontrol.maintenance.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a job's XML accepts: the job parameters it refers to, so a misspelt one is refused before the job starts. */
public final class JobXml {

    private static final Pattern PARAMETER = Pattern.compile("#\\{jobParameters\\['([^']+)'\\]\\}");

    private JobXml() {
    }

    public static Set<String> parameterNames(String job) {
        String resource = "META-INF/batch-jobs/" + job + ".xml";
        try (InputStream xml = JobXml.class.getClassLoader().getResourceAsStream(resource)) {
            if (xml == null) {
                throw new IllegalStateException("The application has no job XML " + resource);
            }
            Matcher references = PARAMETER.matcher(new String(xml.readAllBytes(), StandardCharsets.UTF_8));
            Set<String> names = new TreeSet<>();
            while (references.find()) {
                names.add(references.group(1));
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
