package org.dvpp.storage.spi;

/**
 * The hook for a key-management service: an authenticated cipher whose key never leaves the KMS or HSM. It wraps and
 * unwraps the data keyset; it never sees record data. An adapter for a cloud KMS calls the KMS's encrypt and decrypt
 * operations here (for example through Tink's {@code KmsClient}).
 *
 * @since 0.1
 */
public interface KeyEncryptionKey {
    /**
     * @param plaintext what to wrap
     * @param associatedData bound to the ciphertext
     * @return the ciphertext
     */
    byte[] encrypt(byte[] plaintext, byte[] associatedData);

    /**
     * @param ciphertext what to unwrap
     * @param associatedData must equal what it was wrapped with
     * @return the plaintext
     */
    byte[] decrypt(byte[] ciphertext, byte[] associatedData);
}
