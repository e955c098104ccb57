package org.casemark.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** {@code --version}: casemark's engine version (the one every grade records), read without loading any model. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/org/casemark/engine.properties")) {
            if (in != null) p.load(in);
        }
        return new String[]{"casemark " + p.getProperty("engine.version", "unknown") + " (Java "
                + Runtime.version() + ")"};
    }
}
