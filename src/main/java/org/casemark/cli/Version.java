package org.casemark.cli;

import org.casemark.core.EngineVersion;
import picocli.CommandLine;

/** {@code --version}: casemark's engine version (the one every grade records), read without loading any model. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[]{"casemark " + EngineVersion.get() + " (Java " + Runtime.version() + ")"};
    }
}
