package org.dvpp.storage.jdbc;

import java.util.function.Supplier;
import org.dvpp.storage.spi.Storage;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test database and the storage opened on it, once for a test class: made before its first test (a missing server
 * skips or fails there, as {@link TestDatabases} decides) and closed after its last. The storage contract classes of
 * each database register one instead of writing the same set-up and tear-down.
 */
final class OpenStorage implements BeforeAllCallback, AfterAllCallback {
    private final Supplier<TestDatabases.Db> make;
    private TestDatabases.Db db;
    private Storage storage;

    private OpenStorage(Supplier<TestDatabases.Db> make) {
        this.make = make;
    }

    /**
     * @param make how to make the database, such as {@code TestDatabases::postgres}
     * @return the extension, to register as a static field
     */
    static OpenStorage on(Supplier<TestDatabases.Db> make) {
        return new OpenStorage(make);
    }

    /** @return the storage opened for the class */
    Storage storage() {
        return storage;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        db = make.get();
        storage = db.open();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (storage != null) {
            storage.close();
        }
        if (db != null) {
            db.close();
        }
    }
}
