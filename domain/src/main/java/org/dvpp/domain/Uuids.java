package org.dvpp.domain;

import java.security.SecureRandom;
import java.util.UUID;

/** Makes time-ordered UUIDs (RFC 9562 version 7), so new rows land near each other in an index. */
public final class Uuids {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Uuids() {
    }

    /** @return a new version-7 UUID from the system clock and 74 random bits */
    public static UUID v7() {
        return v7(System.currentTimeMillis());
    }

    /**
     * @param epochMillis the timestamp to embed
     * @return a new version-7 UUID for that time
     */
    public static UUID v7(long epochMillis) {
        long randA = RANDOM.nextInt(1 << 12);
        long msb = (epochMillis << 16) | (0x7L << 12) | randA;
        long lsb = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /**
     * Parses a UUID, naming the field when the text is not one.
     *
     * @param text the text
     * @param field the field's name, for the error
     * @return the UUID
     */
    public static UUID parse(String text, String field) {
        Checks.required(text, field);
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "uuid", field + " must be a UUID");
        }
    }
}
