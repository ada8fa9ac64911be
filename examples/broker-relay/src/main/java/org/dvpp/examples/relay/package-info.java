/**
 * The broker relay ({@link org.dvpp.examples.relay.BrokerRelay}, configured by
 * {@link org.dvpp.examples.relay.RelayConfig}), the message format it writes
 * ({@link org.dvpp.examples.relay.RelayMessages}) and the partner-support organisation's consumer
 * ({@link org.dvpp.examples.relay.PartnerSupportInbox}, de-duplicating with
 * {@link org.dvpp.examples.relay.MessageIdDeduplicator}).
 */
@NullMarked
package org.dvpp.examples.relay;

import org.jspecify.annotations.NullMarked;
