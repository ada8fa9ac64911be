package org.dvpp.storage.spi;

import java.time.Instant;
import java.util.Base64;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.Classified;
import org.dvpp.domain.InvalidInputException;

/**
 * The head of an agency's audit chain (its last sequence number and hash) signed with the audit signing key from the
 * {@link KeyProvider} (a Tink public-key signature). Export one now and then and keep it outside the database (a log
 * server, a ticket, a printed line): verifying the chain against it later detects entries removed from the end of the
 * chain, which the chain alone cannot show because whoever removes them can also rewind the head row.
 *
 * <p>{@link #encoded()} gives one line of text for keeping; {@link #parse(String)} reads it back.
 *
 * @param agency whose chain
 * @param sequence the sequence number of the last entry (0 for an empty chain)
 * @param hash the hash of that entry (64 zeros for an empty chain)
 * @param signedAt when it was signed
 * @param signature the signature over {@link #signedBytes()}, base64
 * @since 0.3
 */
@Classified
public record SignedAuditHead(AgencyId agency, long sequence, String hash, Instant signedAt, String signature) {
    private static final String PREFIX = "dvpp-audit-head/1";

    /** Checks the input. */
    public SignedAuditHead {
        Checks.required(agency, "agency");
        if (sequence < 0) {
            throw new InvalidInputException("sequence", "range", "sequence must not be negative");
        }
        Checks.required(hash, "hash");
        if (!hash.matches("[0-9a-f]{64}")) {
            throw new InvalidInputException("hash", "pattern", "hash must be 64 lower-case hexadecimal digits");
        }
        Checks.required(signedAt, "signedAt");
        Checks.text(signature, "signature", 4_000);
        try {
            Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("signature", "pattern", "signature must be base64");
        }
    }

    /** @return the bytes the signature covers: the format, agency, sequence, hash and signing time */
    public byte[] signedBytes() {
        return signedBytes(agency, sequence, hash, signedAt);
    }

    /**
     * @param agency whose chain
     * @param sequence the last sequence number
     * @param hash its hash
     * @param signedAt when
     * @return the bytes a head with these values is signed over
     */
    public static byte[] signedBytes(AgencyId agency, long sequence, String hash, Instant signedAt) {
        return (PREFIX + "|" + agency + "|" + sequence + "|" + hash + "|" + signedAt).getBytes(
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** @return one line: {@code dvpp-audit-head/1 <agency> <sequence> <hash> <signedAt> <signature>} */
    public String encoded() {
        return PREFIX + " " + agency + " " + sequence + " " + hash + " " + signedAt + " " + signature;
    }

    /**
     * @param line a line made by {@link #encoded()}
     * @return the head it holds (its signature is checked when the chain is verified against it)
     * @throws InvalidInputException if the line is not a signed head
     */
    public static SignedAuditHead parse(String line) {
        String[] parts = Checks.text(line, "head", 8_000).trim().split(" ");
        if (parts.length != 6 || !parts[0].equals(PREFIX)) {
            throw new InvalidInputException("head", "pattern", "not a signed audit head (" + PREFIX + " line)");
        }
        try {
            return new SignedAuditHead(AgencyId.parse(parts[1]), Long.parseLong(parts[2]),
                    parts[3], Instant.parse(parts[4]), parts[5]);
        } catch (IllegalArgumentException | java.time.DateTimeException | InvalidInputException e) {
            throw new InvalidInputException("head", "pattern", "not a signed audit head (" + PREFIX + " line)");
        }
    }
}
