package org.dvpp.storage.spi;

import java.util.UUID;
import org.dvpp.domain.NotFoundException;

/**
 * A value belongs to a subject who was erased: his data key is destroyed, so nothing of it can be read, and nothing can
 * be written for him again. To every caller it is a record that is not found.
 *
 * @since 0.3
 */
public final class ErasedSubjectException extends NotFoundException {
    private static final long serialVersionUID = 1L;

    /** @param subject the erased subject (a participant id) */
    public ErasedSubjectException(UUID subject) {
        super("subject (erased)", subject);
    }
}
