package org.casemark.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.casemark.core.GradeResult;
import org.casemark.core.GradingService;
import org.casemark.core.RubricSummary;
import org.casemark.json.Json;
import org.casemark.review.Reviewed;
import org.casemark.store.ApiKey;
import org.casemark.store.GradingJob;
import org.casemark.store.Store;
import org.casemark.store.StoredReview;
import org.casemark.store.Submission;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Supplier;

/** The handlers: each reads the request, calls the grader, quiz scorer or store, and writes JSON. */
final class Api {
    static final String JSON_TYPE = JsonBody.JSON_TYPE;

    private final Limits limits;
    private final Store store;
    private final Supplier<GradingService> grader;
    private final QuizScoring quizzes;
    private final GradingPool pool;
    private final Metrics metrics;
    private final byte[] openApi;
    private final RateLimiter feedbackLimiter;
    private final RateLimiter quizLimiter;
    private final RateLimiter readLimiter;

    Api(Limits limits, Store store, Supplier<GradingService> grader, QuizScoring quizzes, GradingPool pool,
        Metrics metrics, byte[] openApi) {
        this.limits = limits;
        this.store = store;
        this.grader = grader;
        this.quizzes = quizzes;
        this.pool = pool;
        this.metrics = metrics;
        this.openApi = openApi;
        this.feedbackLimiter = RateLimiter.of(limits.feedbackRate());
        this.quizLimiter = RateLimiter.of(limits.quizRate());
        this.readLimiter = RateLimiter.of(limits.readRate());
    }

    // ------------------------------------------------------------------------------------------------ endpoints

    void feedback(Context ctx) {
        throttle(ctx, feedbackLimiter);
        JsonNode body = body(ctx);
        GradeRequest req = gradeRequest(body);
        json(ctx, 200, grade(req, null));
    }

    void createSubmission(Context ctx) {
        ApiKey key = authenticate(ctx);
        byte[] raw = ctx.bodyAsBytes();
        JsonNode body = JsonBody.object(ctx.header("Content-Type"), raw);
        String idemKey = ctx.header("Idempotency-Key");
        if (idemKey != null && !idemKey.matches("[\\x21-\\x7e]{1,255}")) {
            throw Problem.badRequest("Idempotency-Key must be 1 to 255 visible ASCII characters");
        }
        String requestHash = JsonBody.fingerprint(body);
        // keys recorded before fingerprints compared the parsed request held the hash of the raw bytes
        String bytesHash = HexFormat.of().formatHex(Store.sha256(new String(raw, StandardCharsets.UTF_8)));
        if (idemKey != null) {
            var earlier = store.storedResponse(key.tenant(), idemKey);
            if (earlier.isPresent()) {
                replay(ctx, earlier.get(), requestHash, bytesHash);
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
            replay(ctx, saved.response(), requestHash, bytesHash);
            return;
        }
        ctx.header("Location", "/v1/submissions/" + id);
        raw(ctx, saved.response().status(), saved.response().body());
    }

    void getSubmission(Context ctx) {
        ApiKey key = authenticate(ctx);
        String id = pathId(ctx, "id", "submission");
        var graded = store.submission(key.tenant(), id);
        if (graded.isPresent()) {
            json(ctx, 200, submission(graded.get(), store.reviews().latest(key.tenant(), id).orElse(null)));
            return;
        }
        // an asynchronous submission not graded yet: queued, grading, or failed
        GradingJob job = store.jobs().job(key.tenant(), id)
                .orElseThrow(() -> Problem.notFound("no submission '" + id + "'"));
        json(ctx, 200, WebhookApi.pending(job, Instant.now(), true));
    }

    void listSubmissions(Context ctx) {
        ApiKey key = authenticate(ctx);
        int limit = limit(ctx);
        Store.Page page;
        try {
            page = store.submissions(key.tenant(), query(ctx, "learner_id"), query(ctx, "rubric"),
                    query(ctx, "cursor"), limit);
        } catch (Store.BadCursorException e) {
            throw Problem.badRequest(e.getMessage());
        }
        ObjectNode out = Json.MAPPER.createObjectNode();
        ArrayNode items = out.putArray("items");
        Map<String, StoredReview> reviews = store.reviews().latest(key.tenant(),
                page.items().stream().map(Submission::id).toList());
        page.items().forEach(s -> items.add(submission(s, reviews.get(s.id()))));
        if (page.nextCursor() == null) out.putNull("next_cursor");
        else out.put("next_cursor", page.nextCursor());
        json(ctx, 200, out);
    }

    void quizzes(Context ctx) {
        throttle(ctx, readLimiter);
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.set("quizzes", Json.MAPPER.valueToTree(quizzes.list()));
        json(ctx, 200, out);
    }

    void quiz(Context ctx) {
        throttle(ctx, readLimiter);
        String id = pathId(ctx, "quiz_id", "quiz");
        try {
            json(ctx, 200, Json.MAPPER.valueToTree(quizzes.view(id)));
        } catch (QuizScoring.UnknownQuizException e) {
            throw Problem.notFound(e.getMessage());
        }
    }

    void scoreQuiz(Context ctx) {
        throttle(ctx, quizLimiter);
        String quizId = pathId(ctx, "quiz_id", "quiz");
        JsonNode body = body(ctx);
        JsonNode answers = body.get("answers");
        if (answers == null || answers.isNull()) throw Problem.invalid("answers is required");
        AnswerLimits.check(answers, limits, "answers");
        json(ctx, 200, Json.MAPPER.valueToTree(pool.run(() -> scoreQuiz(quizId, answers, body.get("reveal")))));
    }

    void rubrics(Context ctx) {
        throttle(ctx, readLimiter);
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.set("rubrics", Json.MAPPER.valueToTree(engine().rubrics()));
        json(ctx, 200, out);
    }

    void rubric(Context ctx) {
        throttle(ctx, readLimiter);
        String id = pathId(ctx, "id", "rubric");
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
        throttle(ctx, readLimiter);
        ctx.status(200).contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.render());
    }

    void openApi(Context ctx) {
        throttle(ctx, readLimiter);
        ctx.status(200).contentType(JSON_TYPE).result(openApi);
    }

    // ------------------------------------------------------------------------------------------------- grading

    /** A grading request's fields, checked: rubric id, the text, and an optional quiz to score with it. */
    record GradeRequest(String rubric, String text, String quizId, JsonNode answers, JsonNode reveal) {
    }

    GradeRequest gradeRequest(JsonNode body) {
        String rubric = requiredId(body, "rubric");
        JsonNode t = body.get("text");
        if (t == null || t.isNull()) throw Problem.invalid("text is required");
        if (!t.isTextual()) throw Problem.invalid("text must be a string");
        String text = t.asText();
        if (text.isBlank()) throw Problem.invalid("text is blank");
        if (text.length() > limits.maxTextChars()) {
            throw Problem.tooLarge("text is " + text.length() + " characters; the limit is " + limits.maxTextChars());
        }
        JsonNode quiz = body.get("quiz");
        if (quiz == null || quiz.isNull()) return new GradeRequest(rubric, text, null, null, null);
        if (!quiz.isObject()) throw Problem.invalid("quiz must be an object {\"id\": ..., \"answers\": {...}}");
        String quizId = requiredId(quiz, "id");
        JsonNode answers = quiz.get("answers");
        if (answers == null || answers.isNull()) throw Problem.invalid("quiz.answers is required");
        AnswerLimits.check(answers, limits, "quiz.answers");
        return new GradeRequest(rubric, text, quizId, answers, quiz.get("reveal"));
    }

    /** The grade as the CLI writes it, plus {@code quiz} when the request carried answers; on the grading pool. */
    private ObjectNode grade(GradeRequest req, String id) {
        GradingService engine = engine();
        return pool.run(() -> grade(engine, req, id));
    }

    private ObjectNode grade(GradingService engine, GradeRequest req, String id) {
        Object quizResult = req.quizId == null ? null : scoreQuiz(req.quizId, req.answers, req.reveal);
        long start = System.nanoTime();
        GradeResult result;
        try {
            result = engine.grade(req.rubric, id, req.text);
        } catch (GradingService.UnknownRubricException e) {
            throw Problem.notFound(e.getMessage());
        }
        metrics.grading(req.rubric, Duration.ofNanos(System.nanoTime() - start));
        if (GradeResult.REJECTED.equals(result.status())) throw Problem.invalid(result.error());
        ObjectNode grade = Json.MAPPER.valueToTree(result);
        if (quizResult != null) grade.set("quiz", Json.MAPPER.valueToTree(quizResult));
        return grade;
    }

    Object scoreQuiz(String quizId, JsonNode answers, JsonNode reveal) {
        if (reveal != null && !reveal.isNull() && !reveal.isBoolean()) throw Problem.invalid("reveal must be true or false");
        try {
            return quizzes.score(quizId, answers, reveal != null && reveal.asBoolean());
        } catch (QuizScoring.UnknownQuizException e) {
            throw Problem.notFound(e.getMessage());
        } catch (QuizScoring.BadAnswersException e) {
            throw Problem.invalid(e.getMessage());
        }
    }

    GradingService engine() {
        GradingService g = grader.get();
        if (g == null) throw Problem.notReady();
        return g;
    }

    // ------------------------------------------------------------------------------------------ request helpers

    ApiKey authenticate(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth == null || auth.isBlank()) throw Problem.unauthorized("an API key is required: Authorization: Bearer <key>");
        if (!auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw Problem.unauthorized("the Authorization header must be 'Bearer <key>'");
        }
        return store.authenticate(auth.substring(7).strip())
                .orElseThrow(() -> Problem.unauthorized("the API key is invalid or revoked"));
    }

    /** A page's {@code limit} query parameter: 1..100, 20 when absent. */
    static int limit(Context ctx) {
        String l = ctx.queryParam("limit");
        if (l == null) return 20;
        int limit;
        try {
            limit = Integer.parseInt(l);
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > 100) throw Problem.badRequest("limit must be a whole number in 1..100, was '" + l + "'");
        return limit;
    }

    /** The body as a JSON object (read in full, within the limits, before the handler ran: see BodyReader). */
    private static JsonNode body(Context ctx) {
        return JsonBody.object(ctx.header("Content-Type"), ctx.bodyAsBytes());
    }

    /** A token of the anonymous feedback bucket (feedback and the text of an uploaded document share it). */
    void throttleFeedback(Context ctx) {
        throttle(ctx, feedbackLimiter);
    }

    /** One token from the client address's bucket, or 429 with Retry-After. */
    private static void throttle(Context ctx, RateLimiter limiter) {
        long wait = limiter.acquire(ctx.ip());
        if (wait > 0) throw Problem.rateLimited(wait);
    }

    /** A path parameter naming something; one over the id limit names nothing (404, not echoed back). */
    String pathId(Context ctx, String param, String what) {
        String id = ctx.pathParam(param);
        if (id.length() > limits.maxIdChars()) {
            throw Problem.notFound("no " + what + " has an id over " + limits.maxIdChars() + " characters");
        }
        return id;
    }

    /** A query parameter (blank means absent), at most {@code maxIdChars} long. */
    String query(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        if (v.length() > limits.maxIdChars()) {
            throw Problem.badRequest(name + " is over " + limits.maxIdChars() + " characters");
        }
        return v;
    }

    String requiredId(JsonNode body, String field) {
        String v = optionalId(body, field);
        if (v == null) throw Problem.invalid(field + " is required");
        return v;
    }

    String optionalId(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isTextual() || n.asText().isBlank()) throw Problem.invalid(field + " must be a non-blank string");
        if (n.asText().length() > limits.maxIdChars()) {
            throw Problem.invalid(field + " is over " + limits.maxIdChars() + " characters");
        }
        return n.asText();
    }

    // ----------------------------------------------------------------------------------------- response helpers

    private static void replay(Context ctx, Store.StoredResponse earlier, String requestHash, String bytesHash) {
        if (!earlier.requestHash().equals(requestHash) && !earlier.requestHash().equals(bytesHash)) {
            throw Problem.idempotencyMismatch("this Idempotency-Key was used with a different request body");
        }
        ctx.header("Idempotent-Replayed", "true");
        raw(ctx, earlier.status(), earlier.body());
    }

    /**
     * A submission as the API shows it; once an instructor has reviewed it, {@code grade} is the reviewed grade and
     * {@code machine_grade} and {@code review} (what was set, by whom, when) stand beside it.
     */
    static ObjectNode submission(Submission s, StoredReview review) {
        ObjectNode o = submission(s);
        if (review == null) return o;
        JsonNode machine = o.get("grade");
        GradeResult reviewed = Reviewed.grade(gradeOf(s), Reviewed.override(review));
        o.put("status", reviewed.status());
        o.set("grade", Json.MAPPER.valueToTree(reviewed));
        o.set("machine_grade", machine);
        o.set("review", Reviewed.view(review));
        return o;
    }

    /** The machine grade stored with a submission. */
    static GradeResult gradeOf(Submission s) {
        try {
            return Json.MAPPER.readValue(s.gradeJson(), GradeResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored grade of " + s.id() + " is not JSON", e);
        }
    }

    static ObjectNode submission(Submission s) {
        JsonNode grade;
        try {
            grade = Json.MAPPER.readTree(s.gradeJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored grade of " + s.id() + " is not JSON", e);
        }
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("id", s.id());
        o.put("status", grade.path("status").asText());
        o.put("learner_id", s.learnerId());
        if (s.externalId() != null) o.put("external_id", s.externalId());
        o.put("rubric", s.rubric());
        o.put("rubric_version", s.rubricVersion());
        o.put("engine_version", s.engineVersion());
        o.put("created_at", s.createdAt().toString());
        o.put("text", s.text());
        o.set("grade", grade);
        return o;
    }

    static String write(JsonNode node) {
        try {
            return Json.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void json(Context ctx, int status, JsonNode body) {
        raw(ctx, status, write(body));
    }

    static void raw(Context ctx, int status, String body) {
        ctx.status(status).contentType(JSON_TYPE).result(body.getBytes(StandardCharsets.UTF_8));
    }
}
