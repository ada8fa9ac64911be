package org.dvpp.programme;

/**
 * Receives the SDK's security events (see {@link SecurityEvent}): a break-the-glass access opened, an encrypted field
 * that failed its integrity check. Register with {@link DvppBuilder#addSecurityEventListener}; send them to the host's
 * security monitoring (a SIEM, an on-call channel).
 *
 * <p>Called synchronously, on the caller's thread, after the SDK has written the audit entry and before the call
 * returns or throws; a listener must be quick and must not call back into the SDK. A listener that throws is logged
 * (its exception class only) and does not change the outcome of the call. Events carry ids and codes only, never P0 or
 * P1 data (the reason a glass was broken is kept, encrypted, with the access; read it through
 * {@link PartnerSupport#glassAccesses}). The SDK also logs every security event at WARN with the marker
 * {@code SECURITY}.
 */
@FunctionalInterface
public interface SecurityEventListener {
    /** @param event what happened */
    void onSecurityEvent(SecurityEvent event);
}
