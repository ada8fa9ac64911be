package org.dvpp.storage.spi.internal;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import java.security.GeneralSecurityException;

/**
 * The SDK's one reader and writer of Tink keysets in clear (Tink JSON): the only class in the main sources that uses
 * Tink's cleartext key access ({@link InsecureSecretKeyAccess}); an architecture test (checklist item 20) fails if any
 * other class does. It serves the development keysets of storage ({@code KeyProviders.keysetFile}, {@code Keysets},
 * whose cleartext keysets storage warns about or refuses when it loads them) and the research export's pseudonym key
 * ({@code ResearchExportKey.of} and its key files). Keysets wrapped by a KMS never pass through here.
 *
 * <p>Exported only to {@code org.dvpp.programme} and {@code org.dvpp.storage.jdbc}, which bring Tink (this module
 * only {@code requires static} it). Neither method puts key material into an exception message of its own.
 */
public final class CleartextKeysets {
    private CleartextKeysets() {
    }

    /**
     * @param json a keyset in clear, as Tink JSON
     * @return its handle
     * @throws GeneralSecurityException if it is not a keyset
     */
    public static KeysetHandle parse(String json) throws GeneralSecurityException {
        return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
    }

    /**
     * @param handle a keyset
     * @return it in clear, as Tink JSON
     * @throws GeneralSecurityException if Tink cannot write it
     */
    public static String serialize(KeysetHandle handle) throws GeneralSecurityException {
        return TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
    }
}
