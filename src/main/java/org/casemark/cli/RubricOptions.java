package org.casemark.cli;

import org.casemark.core.CasemarkEngine;
import org.casemark.rubric.Rubric;
import org.casemark.rubric.RubricSource;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** {@code --rubric ID} and {@code --rubrics DIR}, shared by the commands that grade. */
final class RubricOptions {
    @Option(names = "--rubric", required = true, paramLabel = "ID", description = "the rubric to grade with, e.g. gm-case-study")
    String rubric;

    @Option(names = "--rubrics", paramLabel = "DIR", description = "grade with the rubric files of DIR instead of the bundled ones")
    Path rubrics;

    /** The validated rubrics alone (cheap: no NLP models), so a bad rubric is reported before anything starts. */
    List<Rubric> load() {
        return load(rubrics);
    }

    /** The bundled rubrics, or those of {@code dir} when given. */
    static List<Rubric> load(Path dir) {
        return dir == null ? RubricSource.bundled() : RubricSource.directory(dir, dir + "/");
    }

    CasemarkEngine engine() {
        return new CasemarkEngine(load());
    }
}
