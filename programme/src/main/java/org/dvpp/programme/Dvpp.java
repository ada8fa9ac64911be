package org.dvpp.programme;

/**
 * DVPP Kit's front door: one thread-safe object that runs a programme from referral to closure. Build it once with
 * {@link #builder()}, keep it for the life of the application, and {@link #close()} it at shutdown.
 *
 * <pre>{@code
 * Dvpp dvpp = Dvpp.builder()
 *         .dataSource(hostDataSource)
 *         .keyProvider(KeyProviders.keysetFile(Path.of("/etc/dvpp/keyset.json")))
 *         .discoverPlugins()
 *         .build();
 * var receipt = dvpp.referrals().receive(user, referral);
 * }</pre>
 */
public interface Dvpp extends AutoCloseable {

    /** @return a builder */
    static DvppBuilder builder() {
        return new DvppBuilder();
    }

    /** @return the agency itself */
    Agencies agencies();

    /** @return receiving referrals */
    Referrals referrals();

    /** @return a man's case through its lifecycle */
    Cases cases();

    /** @return his wider casework: needs and support plan, motivation, family, equality monitoring */
    Casework casework();

    /** @return assessments with the instruments */
    Assessments assessments();

    /** @return people at risk, risk, onward referrals and information sharing */
    Safety safety();

    /** @return partner support's casework with each person at risk, its task lists and break-the-glass */
    PartnerSupport partnerSupport();

    /**
     * @return information-sharing agreements with the other organisations of the deployment, and the cases shared
     *     under them
     */
    Partnerships partnerships();

    /** @return subject access: a man's bundle (third parties withheld) and a person at risk's own bundle */
    SubjectAccess subjectAccess();

    /** @return the pseudonymised research export for an external evaluator */
    Research research();

    /** @return groups, places, registers and one-to-ones */
    Groups groups();

    /** @return one-to-one-only pathways and the one-to-ones a man is expected to have */
    Pathways pathways();

    /** @return facilitator records and the facilitators of each session */
    Facilitators facilitators();

    /** @return voiding mistaken records with a reason */
    Corrections corrections();

    /** @return restriction, erasure by crypto-shredding, holds and the retention job */
    DataRights dataRights();

    /** @return progress and completion */
    Completion completion();

    /** @return aftercare after completion: relapse-prevention group places and one-to-ones, with attendance */
    Aftercare aftercare();

    /** @return alerts for facilitators */
    Alerts alerts();

    /** @return reports */
    Reports reports();

    /** @return verifying the audit chain and exporting its signed head */
    Audit audit();

    /** @return event delivery */
    Events events();

    /**
     * Reads the keys from the key provider again (the data keyset and the audit signing keyset), with the provider
     * timeout, and uses them from the next call on: a rotated keyset, a retired key or a re-wrapped keyset takes
     * effect without a restart. Call it after each step of a rotation, or on a schedule. An operation of the host
     * (like {@link #close()}), not of a member of staff: it reads and changes no record. If the provider fails or does
     * not answer in time, the keys in use stay in use.
     *
     * @throws org.dvpp.storage.spi.StorageConfigurationException if the keys could not be read (generic: no text from
     *     the provider)
     */
    void refreshKeys();

    /** Stops any background dispatcher and closes the storage. */
    @Override
    void close();
}
