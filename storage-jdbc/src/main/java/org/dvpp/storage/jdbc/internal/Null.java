package org.dvpp.storage.jdbc.internal;

/** A typed SQL NULL parameter. */
record Null(int sqlType) {
}
