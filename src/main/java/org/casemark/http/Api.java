package org.casemark.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.casemark.core.GradeResult;
import org.casemark.core.GradingService;
import org.casemark.core.RubricSummary;
import org.casemark.json.Json;
import org.casemark.store.ApiKey;
import org.casemark.store.Store;
import org.casemark.store.Submission;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Supplier;

/** The handlers: each reads the request, calls the grader, quiz scorer or store, and writes JSON. */
final class Api {
    static final String JSON_TYPE = "application/json";
    private static final ObjectReader STRICT = Json.MAPPER.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final int MAX_ID_CHARS = 200;

    private final ServerSettings settings;
    private final Store store;
    private final Supplier<GradingService> grader;
    private final QuizScoring quizzes;
    private final RateLimiter feedbackLimiter;
    private final Metrics metrics;
    private final byte[] openApi;

    Api(ServerSettings settings, Store store, Supplier<GradingService> grader, QuizScoring quizzes,
        RateLimiter feedbackLimiter, Metrics metrics, byte[] openApi) {
        this.settings = settings;
        this.store = store;
        this.grader = grader;
        this.quizzes = quizzes;
        this.feedbackLimiter = feedbackLimiter;
        this.metrics = metrics;
        this.openApi = openApi;
    }

    // ------------------------------------------------------------------------------------------------ endpoints

    void feedback(Context ctx) {
        long wait = feedbackLimiter.acquire(ctx.ip());
        if (wait > 0) throw Problem.rateLimited(wait);
        JsonNode body = jsonObject(ctx, readBody(ctx));
        GradeRequest req = gradeRequest(body);
        json(ctx, 200, grade(req, null));
    }

    void createSubmission(Context ctx) {
        ApiKey key = authenticate(ctx);
        byte[] raw = readBody(ctx);
        JsonNode body = jsonObject(ctx, raw);
        String idemKey = ctx.header("Idempotency-Key");
        if (idemKey != null && !idemKey.matches("[\\x21-\\x7e]{1,255}")) {
            throw Problem.badRequest("Idempotency-Key must be 1 to 255 visible ASCII characters");
        }
        String requestHash = HexFormat.of().formatHex(Store.sha256(new String(raw, StandardCharsets.UTF_8)));
        if (idemKey != null) {
            var earlier = store.storedResponse(key.tenant(), idemKey);
            if (earlier.isPresent()) {
                replay(ctx, earlier.get(), requestHash);
                return;
            }
        }
        GradeRequest req = gradeRequest(body);
        String learnerId = requiredId(body, "learner_id");
        String externalId = optionalId(body, "external_id");
        String id = Store.newSubmissionId();
        ObjectNode grade = grade(req, id);
        Store.Saved saved = store.saveSubmission(new Store.NewSubmission(id, key.tenant(), learnerId, externalId,
                        req.rubric, grade.path("rubric_version").asText(), grade.path("engine_version").asText(),
                        req.text, write(grade)),
                idemKey == null ? null : new Store.Idempotency(idemKey, requestHash), 201,
                sub -> write(submission(sub)));
        if (!saved.created()) {
            replay(ctx, saved.response(), requestHash);
            return;
        }
        ctx.header("Location", "/v1/submissions/" + id);
        raw(ctx, saved.response().status(), saved.response().body());
    }

    void getSubmission(Context ctx) {
        ApiKey key = authenticate(ctx);
        String id = ctx.pathParam("id");
        Submission s = store.submission(key.tenant(), id)
                .orElseThrow(() -> Problem.notFound("no submission '" + id + "'"));
        json(ctx, 200, submission(s));
    }

    void listSubmissions(Context ctx) {
        ApiKey key = authenticate(ctx);
        int limit = 20;
        String l = ctx.queryParam("limit");
        if (l != null) {
            try {
                limit = Integer.parseInt(l);
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > 100) throw Problem.badRequest("limit must be a whole number in 1..100, was '" + l + "'");
        }
        Store.Page page;
        try {
            page = store.submissions(key.tenant(), blankToNull(ctx.queryParam("learner_id")),
                    blankToNull(ctx.queryParam("rubric")), blankToNull(ctx.queryParam("cursor")), limit);
        } catch (Store.BadCursorException e) {
            throw Problem.badRequest(e.getMessage());
        }
        ObjectNode out = Json.MAPPER.createObjectNode();
        ArrayNode items = out.putArray("items");
        page.items().forEach(s -> items.add(submission(s)));
        if (page.nextCursor() == null) out.putNull("next_cursor");
        else out.put("next_cursor", page.nextCursor());
        json(ctx, 200, out);
    }

    void quizzes(Context ctx) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.set("quizzes", Json.MAPPER.valueToTree(quizzes.list()));
        json(ctx, 200, out);
    }

    void quiz(Context ctx) {
        String id = ctx.pathParam("quiz_id");
        try {
            json(ctx, 200, Json.MAPPER.valueToTree(quizzes.view(id)));
        } catch (QuizScoring.UnknownQuizException e) {
            throw Problem.notFound(e.getMessage());
        }
    }

    void scoreQuiz(Context ctx) {
        JsonNode body = jsonObject(ctx, readBody(ctx));
        JsonNode answers = body.get("answers");
        if (answers == null || answers.isNull()) throw Problem.invalid("answers is required");
        json(ctx, 200, Json.MAPPER.valueToTree(scoreQuiz(ctx.pathParam("quiz_id"), answers, body.get("reveal"))));
    }

    void rubrics(Context ctx) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.set("rubrics", Json.MAPPER.valueToTree(engine().rubrics()));
        json(ctx, 200, out);
    }

    void rubric(Context ctx) {
        String id = ctx.pathParam("id");
        RubricSummary r = engine().rubrics().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> Problem.notFound("unknown rubric '" + id + "'"));
        json(ctx, 200, Json.MAPPER.valueToTree(r));
    }

    void live(Context ctx) {
        json(ctx, 200, Json.MAPPER.createObjectNode().put("status", "live"));
    }

    void ready(Context ctx) {
        engine();
        json(ctx, 200, Json.MAPPER.createObjectNode().put("status", "ready"));
    }

    void metrics(Context ctx) {
        ctx.status(200).contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.render());
    }

    void openApi(Context ctx) {
        ctx.status(200).contentType(JSON_TYPE).result(openApi);
    }

    // ------------------------------------------------------------------------------------------------- grading

    /** A grading request's fields, checked: rubric id, the text, and an optional quiz to score with it. */
    private record GradeRequest(String rubric, String text, String quizId, JsonNode answers, JsonNode reveal) {
    }

    private GradeRequest gradeRequest(JsonNode body) {
        String rubric = requiredId(body, "rubric");
        JsonNode t = body.get("text");
        if (t == null || t.isNull()) throw Problem.invalid("text is required");
        if (!t.isTextual()) throw Problem.invalid("text must be a string");
        String text = t.asText();
        if (text.isBlank()) throw Problem.invalid("text is blank");
        if (text.length() > settings.maxTextChars()) {
            throw Problem.tooLarge("text is " + text.length() + " characters; the limit is " + settings.maxTextChars());
        }
        JsonNode quiz = body.get("quiz");
        if (quiz == null || quiz.isNull()) return new GradeRequest(rubric, text, null, null, null);
        if (!quiz.isObject()) throw Problem.invalid("quiz must be an object {\"id\": ..., \"answers\": {...}}");
        String quizId = requiredId(quiz, "id");
        JsonNode answers = quiz.get("answers");
        if (answers == null || answers.isNull()) throw Problem.invalid("quiz.answers is required");
        return new GradeRequest(rubric, text, quizId, answers, quiz.get("reveal"));
    }

    /** The grade as the CLI writes it, plus {@code quiz} when the request carried answers. */
    private ObjectNode grade(GradeRequest req, String id) {
        Object quizResult = req.quizId == null ? null : scoreQuiz(req.quizId, req.answers, req.reveal);
        GradingService engine = engine();
        long start = System.nanoTime();
        GradeResult result;
        try {
            result = engine.grade(req.rubric, id, req.text);
        } catch (GradingService.UnknownRubricException e) {
            throw Problem.notFound(e.getMessage());
        }
        metrics.grading(req.rubric, (System.nanoTime() - start) / 1e9);
        if (GradeResult.REJECTED.equals(result.status())) throw Problem.invalid(result.error());
        ObjectNode grade = Json.MAPPER.valueToTree(result);
        if (quizResult != null) grade.set("quiz", Json.MAPPER.valueToTree(quizResult));
        return grade;
    }

    private Object scoreQuiz(String quizId, JsonNode answers, JsonNode reveal) {
        if (reveal != null && !reveal.isNull() && !reveal.isBoolean()) throw Problem.invalid("reveal must be true or false");
        try {
            return quizzes.score(quizId, answers, reveal != null && reveal.asBoolean());
        } catch (QuizScoring.UnknownQuizException e) {
            throw Problem.notFound(e.getMessage());
        } catch (QuizScoring.BadAnswersException e) {
            throw Problem.invalid(e.getMessage());
        }
    }

    private GradingService engine() {
        GradingService g = grader.get();
        if (g == null) throw Problem.notReady();
        return g;
    }

    // ------------------------------------------------------------------------------------------ request helpers

    private ApiKey authenticate(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth == null || auth.isBlank()) throw Problem.unauthorized("an API key is required: Authorization: Bearer <key>");
        if (!auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw Problem.unauthorized("the Authorization header must be 'Bearer <key>'");
        }
        return store.authenticate(auth.substring(7).strip())
                .orElseThrow(() -> Problem.unauthorized("the API key is invalid or revoked"));
    }

    /**
     * The request body, read from the stream with a cap: a body over {@code maxBodyBytes} is refused whether its
     * length was declared or it arrived chunked. Only {@code application/json} is accepted.
     */
    /** Bodies declared up to this size are read and dropped before a 413, so the client gets the answer. */
    private static final long DRAIN_LIMIT = 4L << 20;

    private byte[] readBody(Context ctx) {
        String type = ctx.header("Content-Type");
        String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!media.equals(JSON_TYPE)) {
            throw Problem.unsupportedMediaType("send the body as application/json"
                    + (type == null ? " (no Content-Type was given)" : ", not " + type));
        }
        long max = settings.maxBodyBytes();
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) {
            // a modest excess is read and dropped first: a client still sending when the connection closes can lose
            // the 413 to a TCP reset; a large one is refused at once (the connection closes)
            if (declared <= DRAIN_LIMIT) drain(ctx, declared);
            throw Problem.tooLarge("the body is " + declared + " bytes; the limit is " + max);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) >= 0) {
                out.write(buf, 0, n);
                if (out.size() > max) throw Problem.tooLarge("the body is over the limit of " + max + " bytes");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and drops up to {@code declared} bytes of the request body. */
    private static void drain(Context ctx, long declared) {
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] buf = new byte[65536];
            long left = declared;
            int n;
            while (left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) >= 0) left -= n;
        } catch (IOException e) {
            // the client went away: nothing to answer
        }
    }

    private static JsonNode jsonObject(Context ctx, byte[] raw) {
        if (raw.length == 0) throw Problem.malformedJson("the body is empty; send a JSON object");
        JsonNode node;
        try {
            node = STRICT.readTree(raw);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": ";
            throw Problem.malformedJson(where + e.getOriginalMessage().lines().findFirst().orElse("invalid JSON"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (node == null || !node.isObject()) throw Problem.invalid("the body must be a JSON object");
        return node;
    }

    private static String requiredId(JsonNode body, String field) {
        String v = optionalId(body, field);
        if (v == null) throw Problem.invalid(field + " is required");
        return v;
    }

    private static String optionalId(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isTextual() || n.asText().isBlank()) throw Problem.invalid(field + " must be a non-blank string");
        if (n.asText().length() > MAX_ID_CHARS) throw Problem.invalid(field + " is over " + MAX_ID_CHARS + " characters");
        return n.asText();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    // ----------------------------------------------------------------------------------------- response helpers

    private static void replay(Context ctx, Store.StoredResponse earlier, String requestHash) {
        if (!earlier.requestHash().equals(requestHash)) {
            throw Problem.idempotencyMismatch("this Idempotency-Key was used with a different request body");
        }
        ctx.header("Idempotent-Replayed", "true");
        raw(ctx, earlier.status(), earlier.body());
    }

    private static ObjectNode submission(Submission s) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("id", s.id());
        o.put("learner_id", s.learnerId());
        if (s.externalId() != null) o.put("external_id", s.externalId());
        o.put("rubric", s.rubric());
        o.put("rubric_version", s.rubricVersion());
        o.put("engine_version", s.engineVersion());
        o.put("created_at", s.createdAt().toString());
        o.put("text", s.text());
        try {
            o.set("grade", Json.MAPPER.readTree(s.gradeJson()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored grade of " + s.id() + " is not JSON", e);
        }
        return o;
    }

    static String write(JsonNode node) {
        try {
            return Json.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void json(Context ctx, int status, JsonNode body) {
        raw(ctx, status, write(body));
    }

    private static void raw(Context ctx, int status, String body) {
        ctx.status(status).contentType(JSON_TYPE).result(body.getBytes(StandardCharsets.UTF_8));
    }
}
