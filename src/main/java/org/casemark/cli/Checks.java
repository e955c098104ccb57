package org.casemark.cli;

import picocli.CommandLine;

/** Option values picocli cannot check by type alone: ranges. A bad one is a usage error naming the option. */
final class Checks {
    private Checks() {
    }

    static int range(CommandLine.Model.CommandSpec spec, String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '" + option
                    + "': " + value + " is not in " + min + ".." + max);
        }
        return value;
    }

    /** All cores by default. */
    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }
}
