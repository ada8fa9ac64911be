package org.dvpp.storage.spi;

import java.util.Arrays;
import org.dvpp.domain.Checks;
import org.dvpp.domain.Classified;

/**
 * A data-encryption keyset in Google Tink's JSON keyset format, either in clear (development and tests only) or
 * wrapped by a key-encryption key held in a KMS or HSM.
 *
 * @since 0.1
 */
public sealed interface DataKeyset {

    /**
     * A keyset in clear. Keep the file outside the database and its backups; for production prefer {@link Wrapped}.
     *
     * @param tinkJson the keyset as Tink JSON
     */
    @Classified
    record Cleartext(String tinkJson) implements DataKeyset {
        /** Checks the input. */
        public Cleartext {
            Checks.freeText(tinkJson, "tinkJson", 1_000_000);
        }

        @Override
        public String toString() {
            return "Cleartext[<redacted>]";
        }
    }

    /**
     * A keyset encrypted with a key-encryption key (Tink's encrypted-keyset JSON).
     *
     * @param encryptedTinkJson the encrypted keyset as Tink JSON
     * @param keyEncryptionKey the KMS hook that unwraps it
     * @param associatedData the associated data the keyset was wrapped with (may be empty)
     */
    @Classified
    record Wrapped(String encryptedTinkJson, KeyEncryptionKey keyEncryptionKey, byte[] associatedData)
            implements DataKeyset {
        /** Checks the input and copies the associated data. */
        public Wrapped {
            Checks.freeText(encryptedTinkJson, "encryptedTinkJson", 1_000_000);
            Checks.required(keyEncryptionKey, "keyEncryptionKey");
            associatedData = Checks.required(associatedData, "associatedData").clone();
        }

        @Override
        public byte[] associatedData() {
            return associatedData.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Wrapped w && w.encryptedTinkJson.equals(encryptedTinkJson)
                    && w.keyEncryptionKey.equals(keyEncryptionKey) && Arrays.equals(w.associatedData, associatedData);
        }

        @Override
        public int hashCode() {
            return encryptedTinkJson.hashCode();
        }

        @Override
        public String toString() {
            return "Wrapped[kek=" + keyEncryptionKey + "]";
        }
    }
}
