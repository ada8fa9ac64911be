package org.dvpp.storage.jdbc.internal;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.security.GeneralSecurityException;
import org.dvpp.storage.spi.StorageConfigurationException;

/** Keyset generation and rotation with Tink. */
public final class KeysetTool {
    static {
        try {
            com.google.crypto.tink.aead.AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private KeysetTool() {
    }

    /** @return a new keyset with one AES-256-GCM key, as Tink JSON */
    public static String generate() {
        try {
            return FieldCipher.keysetJson(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM));
        } catch (GeneralSecurityException e) {
            throw new StorageConfigurationException("Cannot generate a keyset", e);
        }
    }

    /**
     * @param json a keyset as Tink JSON
     * @return the keyset with a new primary AES-256-GCM key added
     */
    public static String rotate(String json) {
        try {
            KeysetHandle old = TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
            KeysetHandle.Builder b = KeysetHandle.newBuilder(old);
            b.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId()
                    .makePrimary());
            return FieldCipher.keysetJson(b.build());
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
            KeysetHandle old = TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
            KeysetHandle.Builder b = KeysetHandle.newBuilder();
            b.addEntry(KeysetHandle.importKey(old.getPrimary().getKey()).withFixedId(old.getPrimary().getId())
                    .makePrimary());
            return FieldCipher.keysetJson(b.build());
        } catch (GeneralSecurityException e) {
            throw new StorageConfigurationException("Cannot rewrite the keyset", e);
        }
    }
}
