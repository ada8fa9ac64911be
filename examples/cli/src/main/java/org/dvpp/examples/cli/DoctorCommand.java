package org.dvpp.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Checks the installation: the Java runtime, which optional databases answer, and where data would be stored. It reads
 * nothing from any database beyond a connection check.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Check Java, the optional databases and where data would be stored.")
final class DoctorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--postgres-url", description = "PostgreSQL JDBC URL to check (default: ${DEFAULT-VALUE}).",
            defaultValue = "${env:DVPP_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres&connectTimeout=2}")
    String postgresUrl;

    @Option(names = "--mariadb-url", description = "MariaDB JDBC URL to check (default: ${DEFAULT-VALUE}).",
            defaultValue = "${env:DVPP_MARIADB_URL:-jdbc:mariadb://127.0.0.1:3306/test?user=root&connectTimeout=2000}")
    String mariadbUrl;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> problems = new ArrayList<>();
        Runtime.Version v = Runtime.version();
        boolean javaOk = v.feature() >= 17;
        out.printf("Java        %s %s (%s)%n", javaOk ? "ok  " : "FAIL", v, System.getProperty("java.home"));
        if (!javaOk) {
            problems.add("Java 17 or newer is required");
        }
        Path home = DataHome.directory();
        out.printf("Data        %s H2 database would be stored in %s%n",
                Files.isDirectory(home) || Files.isWritable(home.getParent() == null ? home : home.getParent())
                        ? "ok  " : "WARN", home);
        out.printf("PostgreSQL  %s%n", probe(postgresUrl));
        out.printf("MariaDB     %s%n", probe(mariadbUrl));
        out.println("(PostgreSQL and MariaDB are optional: the embedded H2 database is the default.)");
        plugins(out, problems);
        if (!problems.isEmpty()) {
            problems.forEach(p -> spec.commandLine().getErr().println("problem: " + p));
            return 1;
        }
        return 0;
    }

    private void plugins(PrintWriter out, List<String> problems) {
        try {
            var dir = DvppCommand.plugins(spec);
            int found = 0;
            int inDir = 0;
            for (var kind : PluginsCommand.KINDS) {
                var loader = org.dvpp.plugin.PluginLoader.of(kind).discover();
                int before = loader.loaded().size();
                dir.ifPresent(d -> loader.discover(d.layer()));
                found += loader.loaded().size();
                inDir += loader.loaded().size() - before;
            }
            final int fromDir = inDir;
            int definitions = dir.map(d -> d.instrumentFiles().size() + d.curriculumFiles().size()).orElse(0);
            String where = dir.map(d -> " (" + fromDir + " from " + d.directory() + ": " + d.jars().size()
                    + " jar(s), " + definitions + " JSON definition(s))")
                    .orElse(" (no plugin directory: --plugins DIR or DVPP_PLUGINS)");
            out.printf("Plugins     ok   %d plugin(s) found%s; 'dvpp plugins' lists them with their sources%n", found,
                    where);
            if (fromDir == 0 && dir.isPresent() && !dir.get().jars().isEmpty()) {
                out.println("            the plugin directory's jars provide no plugin: see the hints of 'dvpp plugins'");
            }
        } catch (org.dvpp.domain.DvppException e) {
            out.printf("Plugins     FAIL %s%n", e.getMessage());
            problems.add("a plugin cannot be used: run 'dvpp plugins' for every problem");
        }
    }

    private static String probe(String url) {
        String shown = Redaction.jdbcUrl(url);
        try {
            DriverManager.setLoginTimeout(3);
            try (Connection c = DriverManager.getConnection(url)) {
                var md = c.getMetaData();
                return "ok   " + md.getDatabaseProductName() + " " + md.getDatabaseProductVersion() + " at " + shown;
            }
        } catch (SQLException e) {
            return "--   not reachable at " + shown + " (" + Redaction.message(firstLine(e.getMessage()), url) + ")";
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "no message";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
