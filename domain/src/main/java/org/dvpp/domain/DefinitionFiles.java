package org.dvpp.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * The one way the SDK reads a definition file (an instrument, a curriculum) from disk: only a regular file (a symbolic
 * link is followed, so a link to a device such as {@code /dev/zero} is refused), at most {@link #MAX_BYTES} bytes, read
 * with a bound so that a file that grows while it is read is refused too, and decoded as strict UTF-8. Every refusal is
 * fast. The exception carries the rule and the reason; the caller wraps it in its own exception that names the file
 * (as {@code InvalidDefinitionException} and {@code InvalidCurriculumException} do).
 */
public final class DefinitionFiles {
    /** The largest definition file accepted: 1 MiB. */
    public static final int MAX_BYTES = 1024 * 1024;

    private DefinitionFiles() {
    }

    /**
     * @param file a definition file
     * @return its text
     * @throws InvalidInputException naming the file, with rule {@code regular-file}, {@code max-size},
     *         {@code readable} or {@code utf-8}, when it is not a regular file, too large, unreadable or not UTF-8
     */
    public static String readUtf8(Path file) {
        Objects.requireNonNull(file, "file");
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("$", "readable", "no such file");
        } catch (IOException e) {
            throw new InvalidInputException("$", "readable", "cannot read the file ("
                    + e.getClass().getSimpleName() + ")");
        }
        if (!attrs.isRegularFile()) {
            throw new InvalidInputException("$", "regular-file", "not a regular file"
                    + (attrs.isDirectory() ? " (a directory)" : " (a device, pipe or other special file)"));
        }
        if (attrs.size() > MAX_BYTES) {
            throw tooLarge(file);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new InvalidInputException("$", "readable", "cannot read the file ("
                    + e.getClass().getSimpleName() + ")");
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(file);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("$", "utf-8", "not valid UTF-8 text");
        }
    }

    private static InvalidInputException tooLarge(Path file) {
        return new InvalidInputException("$", "max-size", "larger than the limit of " + MAX_BYTES
                + " bytes (1 MiB) for a definition file");
    }
}
