-- Resumable bulk imports: one row per committed call of a named import, written in the same transaction as the call's
-- rows, so that running the import again skips exactly the calls that committed (see BulkImport.resumable).
CREATE TABLE bulk_import_batch (
    agency_id ${uuid} NOT NULL,
    import_id VARCHAR(120) NOT NULL,
    batch_no INT NOT NULL,
    kind VARCHAR(40) NOT NULL,
    row_count BIGINT NOT NULL,
    fingerprint VARCHAR(64) NOT NULL,
    PRIMARY KEY (agency_id, import_id, batch_no)
);
