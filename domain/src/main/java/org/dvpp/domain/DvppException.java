package org.dvpp.domain;

/**
 * The root of every exception DVPP Kit throws on purpose.
 *
 * <p>It is unchecked and abstract: callers catch the specific subclass that names the failure
 * ({@link InvalidInputException}, {@link NotFoundException}, an illegal case transition, a storage conflict, and so on),
 * or this type to catch everything the SDK raises deliberately. Messages say what went wrong, which record or field,
 * and never carry the personal details of a partner, ex-partner or child, SQL text, key ids or stack traces.
 *
 * <p>Every instance carries a stable {@linkplain #errorCode() error code} and a {@linkplain #correlationId()
 * correlation id}; the front door writes the same correlation id into the audit entry and the log line of a refused
 * call, so a support desk can find one from the other.
 */
public abstract class DvppException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String correlationId = Uuids.v7().toString();

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

    /**
     * @return the stable code of this kind of failure: the exception's simple class name in kebab case without
     *     {@code Exception}, such as {@code not-found}, {@code access-denied} or {@code invalid-input}
     */
    public String errorCode() {
        String name = getClass().getSimpleName().replaceFirst("Exception$", "");
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** @return an id unique to this failure, also in its audit entry and log line */
    public String correlationId() {
        return correlationId;
    }

    @Override
    public String toString() {
        return getClass().getName() + " [" + errorCode() + ", correlation " + correlationId + "]: " + getMessage();
    }
}
