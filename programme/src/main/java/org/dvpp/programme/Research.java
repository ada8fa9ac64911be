package org.dvpp.programme;

/**
 * The research export for an external evaluator: the agency's record-level data, pseudonymised (UK GDPR Art. 4(5)).
 * Every person, case and group is a keyed pseudonym ({@link ResearchExportKey}); every date is a month; there is no
 * free text, no {@link org.dvpp.domain.DataClass#P0} data (nothing about partners, ex-partners or children, no reason,
 * note or summary), and no direct identifier (no name, reference, date of birth, staff id or referrer). A data
 * dictionary ({@code data-dictionary.csv}) and a note on what the export is ({@code README.txt}) go with the files.
 * The export is still personal data: keep the key apart from it.
 *
 * <p>Needs {@link Permission#RESEARCH_EXPORT} (in the standard policy the data protection officer alone) and is audited
 * as an {@code EXPORT} of the agency.
 */
public interface Research {

    /**
     * @param user who exports (needs {@link Permission#RESEARCH_EXPORT})
     * @param key the pseudonyms' key
     * @return the export's files
     */
    ResearchExport export(ActingUser user, ResearchExportKey key);
}
