package org.dvpp.programme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.Sensitive;

/**
 * A research export, as {@link Research#export} makes it: named files (CSV, RFC 4180, safe to open in a spreadsheet,
 * and the data dictionary and note that go with them).
 *
 * @param producedAt when it was made (by the SDK's clock)
 * @param keyCheck the same for two exports exactly when they were made with the same key ({@link
 *     ResearchExportKey#check()})
 * @param files each file's name and content (pseudonymised assessment scores and needs are P1)
 */
@org.dvpp.domain.Classified
public record ResearchExport(Instant producedAt, String keyCheck, @Sensitive(DataClass.P1) Map<String, String> files) {
    /** Checks and copies (files in name order). */
    public ResearchExport {
        Checks.required(producedAt, "producedAt");
        Checks.required(keyCheck, "keyCheck");
        files = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(Checks.required(files, "files")));
    }

    /**
     * Writes every file into a directory (created if missing); an existing file of the same name is not overwritten.
     * Where the file system has POSIX permissions, a directory made here and every file are its owner's only: the
     * export is personal data.
     *
     * @param directory where
     * @throws UncheckedIOException if a file exists or cannot be written
     */
    public void writeTo(Path directory) {
        Checks.required(directory, "directory");
        try {
            if (Files.notExists(directory)) {
                Files.createDirectories(directory);
                ownerOnly(directory, "rwx------");
            }
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path file = directory.resolve(f.getKey());
                Files.writeString(file, "", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                ownerOnly(file, "rw-------");
                Files.writeString(file, f.getValue(), StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void ownerOnly(Path p, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // the file system decides who may read it
        }
    }

    @Override
    public String toString() {
        return "ResearchExport[producedAt=" + producedAt + ", files=" + files.keySet() + ", <p1>]";
    }
}
