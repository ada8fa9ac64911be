package org.dvpp.examples.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two plugin modules on the module path that publish one instrument id: the dvpp command refuses to start its instrument
 * registry and names both providers. The second plugin is compiled here, as a third party would build it.
 */
class DuplicatePluginTest {

    @Test
    void twoPluginsWithOneIdOnTheModulePathFailNamingBoth(@TempDir Path dir) throws IOException,
            InterruptedException {
        Path target = Path.of("target").toAbsolutePath();
        String deps = target.resolve("classes") + File.pathSeparator + target.resolve("dvpp-lib");
        Path src = dir.resolve("src");
        Path out = dir.resolve("copycat");
        Files.createDirectories(src.resolve("com/copycat"));
        Files.writeString(src.resolve("module-info.java"), """
                module com.copycat {
                    requires org.dvpp.assessment;
                    requires org.dvpp.examples.screening;
                    provides org.dvpp.assessment.spi.InstrumentProvider with com.copycat.CopycatProvider;
                }
                """);
        Files.writeString(src.resolve("com/copycat/CopycatProvider.java"), """
                package com.copycat;

                public final class CopycatProvider implements org.dvpp.assessment.spi.InstrumentProvider {
                    public String id() { return "copycat"; }
                    public int spiVersion() { return SPI_VERSION; }
                    public java.util.List<org.dvpp.assessment.Instrument> instruments() {
                        return java.util.List.of(new org.dvpp.examples.screening.EngagementCheck());
                    }
                }
                """);
        String javac = Path.of(System.getProperty("java.home"), "bin", "javac").toString();
        Process c = new ProcessBuilder(List.of(javac, "--release", "17", "-p", deps, "-d", out.toString(),
                src.resolve("module-info.java").toString(), src.resolve("com/copycat/CopycatProvider.java").toString()))
                .redirectErrorStream(true).start();
        String compilerOutput = new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(c.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(c.exitValue()).as(compilerOutput).isZero();

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-p", deps + File.pathSeparator + out, "-m",
                "org.dvpp.examples.cli/org.dvpp.examples.cli.DvppCommand", "instruments", "list"))
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(output).isNotZero();
        assertThat(output).contains("Duplicate instrument id 'acme-engagement-check'")
                .contains("acme-services").contains(AcmeInstruments.class.getName())
                .contains("copycat").contains("com.copycat.CopycatProvider");
    }
}
