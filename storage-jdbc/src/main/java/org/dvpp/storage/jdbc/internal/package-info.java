/** The JDBC storage implementation: dialect, transactions, repositories, migrations, field encryption. */
@NullMarked
package org.dvpp.storage.jdbc.internal;

import org.jspecify.annotations.NullMarked;
