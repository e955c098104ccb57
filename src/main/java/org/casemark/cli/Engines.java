package org.casemark.cli;

import org.casemark.core.CasemarkEngine;

import java.nio.file.Path;

/** Builds the engine the way every command does: bundled rubrics, or {@code --rubrics DIR}. */
final class Engines {
    private Engines() {
    }

    static CasemarkEngine load(Args args) {
        return new CasemarkEngine(rubrics(args));
    }

    /** The validated rubrics alone (cheap: no NLP models), so a bad rubric is reported before anything starts. */
    static java.util.List<org.casemark.rubric.Rubric> rubrics(Args args) {
        if (!args.has("rubrics")) return org.casemark.rubric.RubricSource.bundled();
        Path dir = Path.of(args.required("rubrics"));
        return org.casemark.rubric.RubricSource.directory(dir, dir + "/");
    }
}
