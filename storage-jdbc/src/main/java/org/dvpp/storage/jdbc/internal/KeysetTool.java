package org.dvpp.storage.jdbc.internal;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.signature.PredefinedSignatureParameters;
import java.security.GeneralSecurityException;
import org.dvpp.storage.spi.StorageConfigurationException;
import org.dvpp.storage.spi.internal.CleartextKeysets;

/**
 * Development keysets in clear: makes, rotates and trims them for {@link org.dvpp.storage.spi.KeyProviders#keysetFile}
 * and {@link org.dvpp.storage.jdbc.Keysets} (generate, rotate, retire), and reads the ones storage is handed. It reads
 * and writes them through storage-spi's {@link CleartextKeysets}, the one class an architecture test ({@code item20})
 * allows to touch secret key material in clear. Every cleartext keyset that reaches storage is logged as a security
 * warning when it is loaded, and refused when the option {@code keys.cleartext=refuse} is set. Keysets wrapped by a KMS
 * never pass through here.
 */
public final class KeysetTool {
    static {
        try {
            com.google.crypto.tink.aead.AeadConfig.register();
            com.google.crypto.tink.signature.SignatureConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private KeysetTool() {
    }

    /**
     * @param json a keyset in clear, as Tink JSON
     * @return its handle
     * @throws GeneralSecurityException if it is not a keyset
     */
    static KeysetHandle parseCleartext(String json) throws GeneralSecurityException {
        return CleartextKeysets.parse(json);
    }

    private static String json(KeysetHandle handle) {
        try {
            return CleartextKeysets.serialize(handle);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return a new keyset with one AES-256-GCM key, as Tink JSON */
    public static String generate() {
        try {
            return json(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM));
        } catch (GeneralSecurityException e) {
            throw new StorageConfigurationException("Cannot generate a keyset", e);
        }
    }

    /** @return a new audit signing keyset with one ECDSA P-256 private key, as Tink JSON */
    public static String generateAuditSigning() {
        try {
            return json(KeysetHandle.generateNew(PredefinedSignatureParameters.ECDSA_P256));
        } catch (GeneralSecurityException e) {
            throw new StorageConfigurationException("Cannot generate an audit signing keyset", e);
        }
    }

    /**
     * @param json a keyset as Tink JSON
     * @return the keyset with a new primary AES-256-GCM key added
     */
    public static String rotate(String json) {
        try {
            KeysetHandle old = parseCleartext(json);
            KeysetHandle.Builder b = KeysetHandle.newBuilder(old);
            b.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId()
                    .makePrimary());
            return json(b.build());
        } catch (GeneralSecurityException e) {
            throw new StorageConfigurationException("Cannot rotate the keyset", e);
        }
    }

    /**
     * @param json a keyset as Tink JSON
     * @return the keyset with only its primary key
     */
    public static String retainPrimary(String json) {
        try {
            KeysetHandle old = parseCleartext(json);
            KeysetHandle.Builder b = KeysetHandle.newBuilder();
            b.addEntry(KeysetHandle.importKey(old.getPrimary().getKey()).withFixedId(old.getPrimary().getId())
                    .makePrimary());
            return json(b.build());
        } catch (GeneralSecurityException e) {
            throw new StorageConfigurationException("Cannot rewrite the keyset", e);
        }
    }
}
