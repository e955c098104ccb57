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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code quiz key} prints a quiz's answer key; {@code quiz score} scores an answers document (same shape as the
 * key). Output is pretty-printed JSON with snake_case keys in a fixed order. Exit codes: 0 scored, 2 bad usage,
 * bad answers (one line naming the item) or a bad quiz file (one line per error).
 */
@Command(name = "quiz", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Print a quiz's answer key (quiz key), or score quiz answers (quiz score).")
final class QuizCommand implements Callable<Integer> {

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

    private final Io io;
    private final Supplier<InputStream> stdin;

    @Parameters(index = "0", paramLabel = "key|score", description = "print the answer key, or score answers")
    String sub;
    @Option(names = "--quiz", paramLabel = "ID", description = "the quiz, e.g. gm-lesson")
    String quizId;
    @Option(names = "--answers", paramLabel = "FILE|-", description = "the answers document (- reads stdin)")
    String answers;
    @Option(names = "--quizzes", paramLabel = "DIR", description = "load every *quiz.yaml of DIR instead of the embedded quizzes")
    String quizzes;
    @Option(names = "--item", paramLabel = "ID", description = "score only this item (repeatable)")
    List<String> items = new ArrayList<>();
    @Option(names = "--reveal", description = "add the keys and their explanations")
    boolean reveal;

    QuizCommand(Io io) {
        this.io = io;
        this.stdin = io.in();
    }

    @Override
    public Integer call() throws IOException {
        PrintStream out = io.out(), err = io.err();
        if (!sub.equals("key") && !sub.equals("score")) throw new Main.UsageException("unknown sub-command '" + sub
                + "'\n" + USAGE);
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
}
