/**
 * An example CRM that embeds DVPP Kit: its own tables and its own HikariCP pool on PostgreSQL or H2, the SDK's tables
 * beside them in the same schema, referrals fed from the CRM's records and status changes written back by a
 * {@link org.dvpp.programme.ProgrammeEventListener}. It is a named module that requires only the SDK's front door
 * ({@code org.dvpp.programme}, which brings the domain and the storage SPI): the module system refuses to compile it if
 * it names a package the SDK does not export, and the storage implementation is found at run time through
 * {@link java.util.ServiceLoader}. No Guice anywhere in its code.
 */
module org.dvpp.examples.crm {
    requires org.dvpp.programme;
    requires com.zaxxer.hikari;
    requires java.sql;

    exports org.dvpp.examples.crm;
}
