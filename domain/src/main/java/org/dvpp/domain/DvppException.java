package org.dvpp.domain;

/**
 * The root of every exception DVPP Kit throws on purpose.
 *
 * <p>It is unchecked and abstract: callers catch the specific subclass that names the failure
 * ({@link InvalidInputException}, {@link NotFoundException}, an illegal case transition, a storage conflict, and so on),
 * or this type to catch everything the SDK raises deliberately. Messages say what went wrong, which record or field,
 * and never carry the personal details of a partner, ex-partner or child.
 */
public abstract class DvppException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, naming the record or field; never personal details */
    protected DvppException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, naming the record or field; never personal details
     * @param cause the underlying failure
     */
    protected DvppException(String message, Throwable cause) {
        super(message, cause);
    }
}
