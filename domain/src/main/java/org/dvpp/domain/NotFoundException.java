package org.dvpp.domain;

/** A record that was asked for does not exist in the acting user's agency (or at all: the two are not told apart). */
public class NotFoundException extends DvppException {
    private static final long serialVersionUID = 1L;

    /**
     * @param kind what kind of record, such as {@code case}
     * @param id its id
     */
    public NotFoundException(String kind, Object id) {
        super("No " + kind + " with id " + id + " in this agency");
    }
}
