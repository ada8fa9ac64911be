package org.dvpp.storage.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.security.GeneralSecurityException;
import org.dvpp.storage.spi.internal.CleartextKeysets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared reader and writer of keysets in clear (checklist item 20 allows only it). */
class CleartextKeysetsTest {
    @BeforeAll
    static void tink() throws GeneralSecurityException {
        AeadConfig.register();
    }

    @Test
    void aKeysetWrittenInClearReadsBackAsTheSameKeyset() throws GeneralSecurityException {
        KeysetHandle made = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        String json = CleartextKeysets.serialize(made);
        assertThat(json).contains("\"primaryKeyId\"").contains("AesGcmKey");
        KeysetHandle read = CleartextKeysets.parse(json);
        assertThat(read.equalsKeyset(made)).isTrue();
        assertThat(read.equalsKeyset(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM))).isFalse();
    }

    @Test
    void textThatIsNoKeysetIsRefused() {
        assertThatThrownBy(() -> CleartextKeysets.parse("{\"primaryKeyId\": 1}"))
                .isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> CleartextKeysets.parse("not json")).isInstanceOf(GeneralSecurityException.class);
    }
}
