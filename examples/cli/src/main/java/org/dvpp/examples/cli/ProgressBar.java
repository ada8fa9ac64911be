package org.dvpp.examples.cli;

import java.io.PrintWriter;

/** A one-line text progress bar, redrawn in place on a terminal and printed at each step otherwise. */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintWriter out;
    private final int total;
    private final boolean inPlace;
    private int done;

    ProgressBar(PrintWriter out, int total) {
        this.out = out;
        this.total = Math.max(1, total);
        this.inPlace = System.console() != null;
    }

    void step(String label) {
        done = Math.min(total, done + 1);
        int filled = done * WIDTH / total;
        String bar = "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + String.format("%3d%%",
                done * 100 / total) + "  " + label;
        if (inPlace) {
            out.print("\r" + bar + " ".repeat(Math.max(0, 20 - label.length())));
            if (done == total) {
                out.println();
            }
        } else {
            out.println(bar);
        }
        out.flush();
    }
}
