package org.dvpp.programme.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.dvpp.assessment.Instrument;
import org.dvpp.assessment.spi.InstrumentProvider;
import org.dvpp.curriculum.spi.CurriculumProvider;
import org.dvpp.programme.AccessPolicy;
import org.dvpp.programme.EligibilityRule;
import org.dvpp.programme.ProgrammeEventListener;
import org.dvpp.storage.spi.KeyProvider;
import org.dvpp.storage.spi.StorageProvider;

/**
 * Everything the builder collected, checked and immutable.
 *
 * @param dataSource the host's database
 * @param embeddedDirectory or the embedded database's directory
 * @param keyProvider the encryption keys
 * @param clock the clock
 * @param storageProviderId the storage provider to use, if named
 * @param storageProviders explicitly registered storage providers
 * @param accessPolicy the access policy
 * @param eligibilityRules the eligibility rules
 * @param listeners explicitly registered listeners
 * @param curricula explicitly registered curriculum providers
 * @param curriculumDirectories directories of curriculum JSON
 * @param instruments explicitly registered instruments
 * @param instrumentProviders explicitly registered instrument providers
 * @param instrumentDirectories directories of instrument JSON
 * @param discover whether to discover plugins
 * @param backgroundDispatch the background dispatch interval, if any
 * @param retryBase the first retry delay
 * @param retryMax the longest retry delay
 * @param transactionAttempts attempts on serialization failure
 * @param holidayCalendarId the holiday calendar
 * @param consentWithdrawal what follows a withdrawal of consent
 * @param storageOptions options passed to the storage provider
 * @param needAreas the need areas a needs assessment covers: the standard ones and the agency's own
 * @param breakTheGlassWindow how long a break-the-glass access stays open (zero: break-the-glass is not enabled)
 * @param securityListeners who receives security events
 * @param facilitatorRule who may run a session
 * @param retention the retention period of each record class
 */
public record Settings(Optional<DataSource> dataSource, Optional<Path> embeddedDirectory, KeyProvider keyProvider,
        Clock clock, Optional<String> storageProviderId, List<StorageProvider> storageProviders,
        AccessPolicy accessPolicy, List<EligibilityRule> eligibilityRules, List<ProgrammeEventListener> listeners,
        List<CurriculumProvider> curricula, List<Path> curriculumDirectories, List<Instrument> instruments,
        List<InstrumentProvider> instrumentProviders, List<Path> instrumentDirectories, boolean discover,
        Optional<Duration> backgroundDispatch, Duration retryBase, Duration retryMax, int transactionAttempts,
        String holidayCalendarId, org.dvpp.programme.ConsentWithdrawalPolicy consentWithdrawal,
        java.util.Map<String, String> storageOptions, java.util.Set<String> needAreas,
        Duration breakTheGlassWindow, List<org.dvpp.programme.SecurityEventListener> securityListeners,
        org.dvpp.programme.FacilitatorRule facilitatorRule,
        java.util.Map<org.dvpp.programme.RetentionClass, java.time.Period> retention) {
}
