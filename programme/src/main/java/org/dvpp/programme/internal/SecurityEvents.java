package org.dvpp.programme.internal;

import java.util.List;
import org.dvpp.programme.SecurityEvent;
import org.dvpp.programme.SecurityEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;

/**
 * Announces security events: a WARN line with the marker {@code SECURITY} (ids and codes only), then every registered
 * {@link SecurityEventListener}, in order. A listener that throws is logged by its exception class and skipped; it never
 * changes the outcome of the call that raised the event.
 */
final class SecurityEvents {
    private static final Logger LOG = LoggerFactory.getLogger("org.dvpp.programme.security");
    private static final Marker SECURITY = MarkerFactory.getMarker("SECURITY");

    private final List<SecurityEventListener> listeners;

    SecurityEvents(List<SecurityEventListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    void announce(SecurityEvent event) {
        LOG.warn(SECURITY, "SECURITY {}", describe(event));
        for (SecurityEventListener l : listeners) {
            try {
                l.onSecurityEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("security event listener {} failed ({})", l.getClass().getName(), e.getClass().getName());
            }
        }
    }

    private static String describe(SecurityEvent e) {
        if (e instanceof SecurityEvent.GlassBroken g) {
            return "break-the-glass: user " + g.user() + " in agency " + g.agency()
                    + " opened the partner-support record of person at risk " + g.person() + " under access "
                    + g.access() + " until " + g.expiresAt();
        }
        if (e instanceof SecurityEvent.AuditChainBroken a) {
            return "audit-chain-broken: user " + a.user() + " verified the audit chain of agency " + a.agency()
                    + " and found it broken at sequence number " + a.firstBrokenSequence();
        }
        SecurityEvent.DecryptionFailed d = (SecurityEvent.DecryptionFailed) e;
        return "decryption-failed: the encrypted field " + d.table() + "." + d.field() + " of record " + d.record()
                + " failed its integrity check in " + d.operation() + " for user " + d.user() + " in agency "
                + d.agency() + " (correlation " + d.correlationId() + ")";
    }
}
