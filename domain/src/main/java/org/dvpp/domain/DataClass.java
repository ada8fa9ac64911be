package org.dvpp.domain;

/**
 * How sensitive a piece of data is. Every component of every record the front door accepts or returns has one: declared
 * with {@link Sensitive} on the component for P0 and P1, and P2 for every other component of a type marked
 * {@link Classified}. The access policy decides, per role, which classes may be read; the front door redacts the rest.
 */
public enum DataClass {
    /**
     * People at risk (partners, ex-partners, children), their contact and safety details, and any free text that may
     * speak of them: every reason, note, summary and comment. Never shown to perpetrator-facing staff, never in a man's
     * own export, a log line or an event payload.
     */
    P0,
    /** The man's special-category and criminal-justice data, and his assessment answers and scores. */
    P1,
    /** Operational data: ids, states, dates, codes, counts. */
    P2;

    /** @return the stable code used in the docs and the audit log ({@code p0}, {@code p1}, {@code p2}) */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
