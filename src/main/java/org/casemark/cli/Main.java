package org.casemark.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code java -jar casemark.jar COMMAND ...}: dispatches to one {@link Command}. */
public final class Main {

    /** A sub-command; returns the process exit code. */
    public interface Command {
        String summary();

        int run(String[] args, PrintStream out, PrintStream err) throws Exception;
    }

    /** Thrown for bad usage or bad input: printed as one line, never as a stack trace. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }

    static Map<String, Command> commands() {
        Map<String, Command> commands = new LinkedHashMap<>();
        // each command registers here, in the order `help` lists them
        commands.put("grade", new GradeCommand());
        commands.put("calibrate", new CalibrateCommand());
        commands.put("train-sections", new TrainSectionsCommand());
        commands.put("explain", new ExplainCommand());
        commands.put("bench", new BenchCommand());
        commands.put("quiz", new QuizCommand(() -> System.in));
        commands.put("serve", new ServeCommand());
        commands.put("keys", new KeysCommand());
        commands.put("webhooks", new WebhooksCommand());
        return commands;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, Command> commands = commands();
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            out.println("usage: casemark COMMAND [OPTIONS]");
            commands.forEach((name, c) -> out.printf("  %-10s %s%n", name, c.summary()));
            return args.length == 0 ? 2 : 0;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            err.println("casemark: unknown command '" + args[0] + "' (try: casemark help)");
            return 2;
        }
        try {
            return command.run(Arrays.copyOfRange(args, 1, args.length), out, err);
        } catch (UsageException | org.casemark.core.GradingService.UnknownRubricException
                 | org.casemark.rubric.RubricException e) {
            err.println("casemark " + args[0] + ": " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("casemark " + args[0] + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 1;
        }
    }
}
