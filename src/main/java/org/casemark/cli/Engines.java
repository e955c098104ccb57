package org.casemark.cli;

import org.casemark.core.CasemarkEngine;

import java.nio.file.Path;

/** Builds the engine the way every command does: bundled rubrics, or {@code --rubrics DIR}. */
final class Engines {
    private Engines() {
    }

    static CasemarkEngine load(Args args) {
        return CasemarkEngine.load(args.has("rubrics") ? Path.of(args.required("rubrics")) : null);
    }
}
