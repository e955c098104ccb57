package org.casemark.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.casemark.core.ComponentResult;
import org.casemark.core.GradeResult;
import org.casemark.core.RubricSummary;
import org.casemark.json.Json;
import org.casemark.review.GradeOverride;
import org.casemark.review.Reviewed;
import org.casemark.store.ApiKey;
import org.casemark.store.Outbox;
import org.casemark.store.Reviews;
import org.casemark.store.Store;
import org.casemark.store.StoredReview;
import org.casemark.store.Submission;
import org.casemark.webhook.CallbackTarget;
import org.casemark.webhook.Events;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The review queue over HTTP: {@code GET /v1/reviews} lists a tenant's write-ups sent to review that no instructor
 * has reviewed yet (reasons, provisional scores); {@code POST /v1/submissions/{id}/reviews} stores an instructor's
 * scores, flags and comment beside the machine grade (and calls back a submission that has a callback with the
 * reviewed grade); {@code GET /v1/reviews/labels} gives every reviewed write-up as a calibration label line.
 */
final class ReviewApi {
    private final Api api;
    private final Store store;
    private final Runnable resultQueued;

    ReviewApi(Api api, Store store, Runnable resultQueued) {
        this.api = api;
        this.store = store;
        this.resultQueued = resultQueued;
    }

    void queue(Context ctx) {
        String tenant = api.authenticate(ctx).tenant();
        Reviews.Queue queue;
        try {
            queue = store.reviews().queue(tenant, api.query(ctx, "cursor"), Api.limit(ctx));
        } catch (Store.BadCursorException e) {
            throw Problem.badRequest(e.getMessage());
        }
        ObjectNode out = Json.MAPPER.createObjectNode();
        ArrayNode items = out.putArray("items");
        for (Reviews.Waiting w : queue.items()) items.add(waiting(w));
        if (queue.nextCursor() == null) out.putNull("next_cursor");
        else out.put("next_cursor", queue.nextCursor());
        Api.json(ctx, 200, out);
    }

    void review(Context ctx) {
        ApiKey key = api.authenticate(ctx);
        String id = api.pathId(ctx, "id", "submission");
        Submission s = store.submission(key.tenant(), id).orElseThrow(() -> store.jobs().job(key.tenant(), id)
                .<Problem.ApiException>map(j -> Problem.conflict("submission '" + id + "' is not graded yet"))
                .orElse(Problem.notFound("no submission '" + id + "'")));
        GradeResult machine = Api.gradeOf(s);
        if (GradeResult.REJECTED.equals(machine.status())) {
            throw Problem.conflict("submission '" + id + "' was rejected (" + machine.error() + "): it has no grade to review");
        }
        RubricSummary rubric = api.engine().rubrics().stream().filter(r -> r.id().equals(s.rubric())).findFirst()
                .orElseThrow(() -> Problem.notFound("the rubric '" + s.rubric() + "' is no longer loaded"));
        JsonNode body = JsonBody.object(ctx.header("Content-Type"), ctx.bodyAsBytes());
        GradeOverride override;
        try {
            override = GradeOverride.parse(body, rubric);
        } catch (GradeOverride.Invalid e) {
            throw Problem.invalid(e.getMessage());
        }
        String reviewer = api.optionalId(body, "reviewer");
        String url = CallbackTarget.of(store, store.jobs().job(key.tenant(), id).orElse(null)).orElse(null);
        StoredReview stored = store.reviews().save(new Reviews.NewReview(key.tenant(), id,
                Api.write(override.json()), reviewer == null ? key.tenant() : reviewer, key.keyId()), r -> url == null
                ? null : new Outbox.NewDelivery(Outbox.newDeliveryId(), key.tenant(), id, Events.REVIEWED, url,
                Events.reviewed(withoutText(Api.submission(s, r)), r.createdAt())));
        if (url != null) resultQueued.run();
        ctx.header("Location", "/v1/submissions/" + id);
        Api.json(ctx, 201, Api.submission(s, stored));
    }

    void labels(Context ctx) {
        String tenant = api.authenticate(ctx).tenant();
        String rubric = api.query(ctx, "rubric");
        StringBuilder out = new StringBuilder();
        for (Map.Entry<Submission, StoredReview> e : store.reviews().reviewed(tenant, rubric)) {
            Submission s = e.getKey();
            out.append(Api.write(Reviewed.label(s.id(), s.text(), Api.gradeOf(s), e.getValue()))).append('\n');
        }
        ctx.header("Content-Disposition", "attachment; filename=\"review-labels.jsonl\"");
        ctx.status(200).contentType("application/x-ndjson; charset=utf-8")
                .result(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A queue entry: whose, where from, why it is in review, and the provisional grade (without the text). */
    private static ObjectNode waiting(Reviews.Waiting w) {
        Submission s = w.submission();
        GradeResult g = Api.gradeOf(s);
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("id", s.id());
        o.put("learner_id", s.learnerId());
        if (s.externalId() != null) o.put("external_id", s.externalId());
        if (w.batchId() != null) o.put("batch_id", w.batchId());
        o.put("rubric", s.rubric());
        o.put("created_at", s.createdAt().toString());
        ArrayNode reasons = o.putArray("review_reasons");
        if (g.reviewReasons() != null) g.reviewReasons().forEach(reasons::add);
        if (g.total() == null) o.putNull("provisional_total");
        else o.put("provisional_total", g.total());
        if (g.max() != null) o.put("max", g.max());
        ArrayNode components = o.putArray("components");
        for (ComponentResult c : g.components()) {
            components.addObject().put("key", c.key()).put("score", c.score()).put("max", c.max())
                    .put("status", c.status());
        }
        if (g.flags() != null) o.set("flags", Json.MAPPER.valueToTree(g.flags()));
        return o;
    }

    private static ObjectNode withoutText(ObjectNode submission) {
        submission.remove("text");
        return submission;
    }
}
