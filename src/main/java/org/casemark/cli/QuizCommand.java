package org.casemark.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.casemark.nlp.NlpPipeline;
import org.casemark.quiz.EngineWhyGrader;
import org.casemark.quiz.WhyGrader;
import org.casemark.quiz.QuizAnswerException;
import org.casemark.quiz.QuizLoadException;
import org.casemark.quiz.QuizLoader;
import org.casemark.quiz.QuizService;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code quiz key} prints a quiz's answer key; {@code quiz score} scores an answers document (same shape as the
 * key). Output is pretty-printed JSON with snake_case keys in a fixed order. Exit codes: 0 scored, 2 bad usage,
 * bad answers (one line naming the item) or a bad quiz file (one line per error).
 */
final class QuizCommand implements Main.Command {

    static final String USAGE = "usage: casemark quiz key --quiz ID [--quizzes DIR]\n"
            + "       casemark quiz score --quiz ID --answers FILE|- [--reveal] [--item ID]... [--quizzes DIR]";

    static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            // an answers file is one JSON object: a repeated item or trailing text is an error, not silently dropped
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final ObjectWriter PRETTY = JSON.writer(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private final Supplier<InputStream> stdin;

    QuizCommand(Supplier<InputStream> stdin) {
        this.stdin = stdin;
    }

    @Override
    public String summary() {
        return "print a quiz's answer key, or score quiz answers (quiz key|score --help)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            (args.length == 0 ? err : out).println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String sub = args[0];
        if (java.util.Arrays.asList(args).contains("--help") || java.util.Arrays.asList(args).contains("-h")) {
            out.println(USAGE);
            return 0;
        }
        if (!sub.equals("key") && !sub.equals("score")) throw new Main.UsageException("unknown sub-command '" + sub
                + "'\n" + USAGE);
        String quizId = null;
        String answers = null;
        String quizzes = null;
        boolean reveal = false;
        List<String> items = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--quiz" -> quizId = value(args, ++i, "--quiz");
                case "--answers" -> answers = value(args, ++i, "--answers");
                case "--quizzes" -> quizzes = value(args, ++i, "--quizzes");
                case "--item" -> items.add(value(args, ++i, "--item"));
                case "--reveal" -> reveal = true;
                default -> throw new Main.UsageException("unknown option '" + args[i] + "'\n" + USAGE);
            }
        }
        if (quizId == null) throw new Main.UsageException("--quiz ID is required\n" + USAGE);
        if (sub.equals("key") && (answers != null || reveal || !items.isEmpty())) {
            throw new Main.UsageException("quiz key takes only --quiz and --quizzes\n" + USAGE);
        }
        if (sub.equals("score") && answers == null) throw new Main.UsageException("--answers FILE|- is required\n" + USAGE);

        QuizService service;
        try {
            // CoreNLP is loaded only if some answer carries a "why" to grade
            WhyGrader why = new EngineWhyGrader(Lazy.of(() -> new NlpPipeline(120)));
            service = quizzes == null ? QuizService.embedded(why)
                    : new QuizService(QuizLoader.loadDirectory(Path.of(quizzes)), why);
        } catch (QuizLoadException e) {
            e.errors().forEach(line -> err.println("casemark quiz: " + line));
            return 2;
        } catch (NoSuchFileException e) {
            throw new Main.UsageException("--quizzes " + quizzes + ": no such directory");
        }
        try {
            service.quiz(quizId); // an unknown quiz is reported before the answers are read
            JsonNode result = sub.equals("key") ? service.key(quizId)
                    : JSON.valueToTree(service.score(quizId, readAnswers(answers), reveal, items));
            out.println(PRETTY.writeValueAsString(result));
            return 0;
        } catch (QuizAnswerException | QuizService.UnknownQuizException e) {
            err.println("casemark quiz: " + e.getMessage());
            return 2;
        }
    }

    private JsonNode readAnswers(String file) throws IOException {
        try {
            JsonNode node = file.equals("-") ? JSON.readTree(stdin.get()) : JSON.readTree(Inputs.decode(Files.readAllBytes(Path.of(file))));
            if (node == null || node.isMissingNode()) throw new Main.UsageException(file + ": no JSON in the answers");
            return node;
        } catch (NoSuchFileException e) {
            throw new Main.UsageException("--answers " + file + ": no such file");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new Main.UsageException((file.equals("-") ? "<stdin>" : file) + ": not valid UTF-8");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":"
                    + e.getLocation().getColumnNr();
            throw new Main.UsageException((file.equals("-") ? "<stdin>" : file) + where + ": not valid JSON: " + e.getOriginalMessage()
                    .lines().findFirst().orElse(""));
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) throw new Main.UsageException(option + " needs a value");
        return args[i];
    }
}
