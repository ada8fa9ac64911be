package org.dvpp.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.dvpp.assessment.Instrument;
import org.dvpp.assessment.InstrumentRegistry;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code dvpp instruments show} works for every built-in instrument, whatever optional facts it carries. */
class InstrumentsShowAllTest {
    @Test
    void everyBuiltInInstrumentCanBeShown() {
        for (Instrument i : InstrumentRegistry.withBuiltIns().all()) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = new CommandLine(new DvppCommand());
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));
            int code = cli.execute("instruments", "show", i.id());
            assertThat(code).as("%s: %s", i.id(), err).isZero();
            assertThat(out.toString()).contains("id " + i.id()).contains("Licence:");
        }
    }
}
