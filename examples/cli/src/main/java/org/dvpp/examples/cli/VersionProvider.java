package org.dvpp.examples.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version of DVPP Kit and of the Java runtime. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = DvppCommand.class.getModule().getDescriptor() != null
                ? DvppCommand.class.getModule().getDescriptor().rawVersion().orElse(implementationVersion())
                : implementationVersion();
        return new String[] {
            "dvpp " + version,
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
        };
    }

    private static String implementationVersion() {
        String v = DvppCommand.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
