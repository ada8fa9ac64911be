package org.dvpp.examples.cli;

import java.io.PrintWriter;
import org.dvpp.assessment.InvalidDefinitionException;
import org.dvpp.assessment.UnknownInstrumentException;
import org.dvpp.curriculum.InvalidCurriculumException;
import org.dvpp.domain.DvppException;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.Violation;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How the command reports an SDK error, and with which exit code (the table in the README): 2 for invalid input
 * (definition files, answers, options, unknown ids), 1 for anything else (a plugin that cannot be used, storage).
 * With {@code --json} the error is one JSON object on standard output, so a script reading it always gets JSON.
 */
final class Errors {
    /** Exit code of invalid input. */
    static final int INVALID = 2;
    /** Exit code of any other failure. */
    static final int FAILED = 1;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Errors() {
    }

    /**
     * @param e an SDK error
     * @return its exit code
     */
    static int exitCode(DvppException e) {
        return e instanceof InvalidInputException || e instanceof UnknownInstrumentException
                || e instanceof NotFoundException ? INVALID : FAILED;
    }

    /**
     * @param e an SDK error
     * @return the file or resource a definition error came from, or empty
     */
    static String source(DvppException e) {
        if (e instanceof InvalidDefinitionException d) {
            return d.source();
        }
        if (e instanceof InvalidCurriculumException c) {
            return c.source();
        }
        return "";
    }

    /**
     * Prints an error and gives its exit code.
     *
     * @param spec the command
     * @param e the error
     * @param json whether to print it as JSON on standard output
     * @return the exit code
     */
    static int report(CommandSpec spec, DvppException e, boolean json) {
        if (json) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(e)));
            out.flush();
            return exitCode(e);
        }
        PrintWriter err = spec.commandLine().getErr();
        if (e instanceof InvalidInputException iie) {
            String source = source(e);
            err.println(source.isEmpty() ? "invalid input:" : "invalid: " + source);
            for (Violation v : iie.violations()) {
                err.println("  " + (v.path().equals("$") ? "" : v.path() + ": ") + v.message() + " [" + v.rule() + "]");
            }
        } else {
            err.println("error: " + e.getMessage());
        }
        return exitCode(e);
    }

    /**
     * @param e an error
     * @return {@code {"error": {"code", "message", "exitCode", "source"?, "violations"?}}}
     */
    static ObjectNode toJson(DvppException e) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode o = root.putObject("error");
        o.put("code", e.errorCode());
        o.put("message", e.getMessage());
        o.put("exitCode", exitCode(e));
        String source = source(e);
        if (!source.isEmpty()) {
            o.put("source", source);
        }
        if (e instanceof InvalidInputException iie) {
            ArrayNode vs = o.putArray("violations");
            for (Violation v : iie.violations()) {
                vs.addObject().put("path", v.path()).put("rule", v.rule()).put("message", v.message());
            }
        }
        return root;
    }
}
