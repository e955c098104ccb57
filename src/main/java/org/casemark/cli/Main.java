package org.casemark.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * {@code java -jar casemark.jar COMMAND ...}: the commands on picocli. Every command has {@code --help} and
 * {@code --version}; a usage error is one line naming the option and exit code 2; {@code generate-completion}
 * prints a bash/zsh completion script.
 */
@Command(name = "casemark", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Deterministic rubric grading of case-study write-ups and quiz answers, with evidence.",
        commandListHeading = "%nCommands:%n", synopsisSubcommandLabel = "COMMAND")
public final class Main implements Callable<Integer> {

    /** Thrown for bad usage or bad input: printed as one line, never as a stack trace; exit code 2. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command line; returns the exit code (0 done, 1 something rejected or failed, 2 bad usage). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Io io = new Io(out, err, () -> System.in);
        CommandLine cli = new CommandLine(new Main())
                .addSubcommand(new GradeCommand(io))
                .addSubcommand(new BatchCommand(io))
                .addSubcommand(new CalibrateCommand(io))
                .addSubcommand(new TrainSectionsCommand(io))
                .addSubcommand(new ExplainCommand(io))
                .addSubcommand(new BenchCommand(io))
                .addSubcommand(new QuizCommand(io))
                .addSubcommand(new ServeCommand(io))
                .addSubcommand(new KeysCommand(io))
                .addSubcommand(new WebhooksCommand(io))
                .addSubcommand(new CommandLine.HelpCommand())
                .addSubcommand(new AutoComplete.GenerateCompletion());
        cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setParameterExceptionHandler((e, given) -> {
            String name = e.getCommandLine().getCommandName();
            String prefix = name.equals("casemark") ? "casemark: " : "casemark " + name + ": ";
            err.println(prefix + e.getMessage().lines().findFirst().orElse("") + " (see: "
                    + e.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
            return 2;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            String prefix = "casemark " + commandLine.getCommandName() + ": ";
            if (e instanceof UsageException || e instanceof org.casemark.core.GradingService.UnknownRubricException
                    || e instanceof org.casemark.rubric.RubricException || e instanceof org.casemark.batch.BadInput
                    || e instanceof org.casemark.batch.ZipRefused) {
                err.println(prefix + e.getMessage());
                return 2;
            }
            err.println(prefix + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 1;
        });
        return cli.execute(args);
    }

    /** {@code casemark} alone: the list of commands, on stderr, exit 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
