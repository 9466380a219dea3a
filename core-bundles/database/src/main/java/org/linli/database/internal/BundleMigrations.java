package org.linli.database.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.osgi.framework.Bundle;

/**
 * The migrations of this bundle, listed from the bundle's own entries. Flyway's own OSGi
 * scanner looks through Flyway's bundle context, which it does not have until Flyway's bundle
 * has started: depending on start order it would find no migration at all, and report the
 * database current.
 */
final class BundleMigrations implements ResourceProvider {
    private final List<LoadableResource> resources = new ArrayList<>();

    BundleMigrations(Bundle bundle, List<String> folders) {
        for (String folder : folders) {
            Enumeration<URL> entries = bundle.findEntries(folder, "*.sql", false);
            for (URL entry : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
                resources.add(new Entry(entry, folder));
            }
        }
        if (resources.isEmpty()) {
            throw new IllegalStateException("no migrations in " + folders + " of bundle " + bundle.getSymbolicName());
        }
    }

    @Override
    public LoadableResource getResource(String name) {
        return resources.stream().filter(r -> r.getRelativePath().equals(name) || r.getAbsolutePath().equals(name))
                .findFirst().orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return resources.stream().filter(r -> r.getFilename().startsWith(prefix)
                && Arrays.stream(suffixes).anyMatch(r.getFilename()::endsWith)).toList();
    }

    /** One migration script, read from its bundle entry. */
    private static final class Entry extends LoadableResource {
        private final URL url;
        private final String path;
        private final String relativePath;

        Entry(URL url, String folder) {
            this.url = url;
            this.path = url.getPath().substring(1);
            this.relativePath = path.substring(folder.length() + 1);
        }

        @Override
        public Reader read() {
            try {
                return new InputStreamReader(url.openStream(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read migration " + path, e);
            }
        }

        @Override
        public String getAbsolutePath() {
            return path;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return url.toString();
        }

        @Override
        public String getFilename() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        @Override
        public String getRelativePath() {
            return relativePath;
        }
    }
}
