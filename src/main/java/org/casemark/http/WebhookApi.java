package org.casemark.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.casemark.core.GradingService;
import org.casemark.json.Json;
import org.casemark.store.Delivery;
import org.casemark.store.GradingJob;
import org.casemark.store.Jobs;
import org.casemark.store.Outbox;
import org.casemark.store.Store;
import org.casemark.store.WebhookConfig;
import org.casemark.webhook.CallbackPolicy;
import org.casemark.webhook.StandardWebhooks;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The asynchronous grading handlers: the webhook intake (API key or Standard Webhooks signature), and the delivery
 * log with its redeliver call. The intake checks everything a grade needs, stores the job, answers 202 at once and
 * leaves grading to the workers.
 */
final class WebhookApi {
    /** Tenant names, as API keys have them; a signed request names its tenant with {@code ?tenant=}. */
    private static final String TENANT = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    private final Api api;
    private final Store store;
    private final GradingPool pool;
    private final CallbackPolicy policy;
    private final CallbackPolicy.Resolver resolver;
    private final Runnable jobQueued;
    private final Runnable redelivered;

    WebhookApi(Api api, Store store, GradingPool pool, CallbackPolicy policy, CallbackPolicy.Resolver resolver,
               Runnable jobQueued, Runnable redelivered) {
        this.api = api;
        this.store = store;
        this.pool = pool;
        this.policy = policy;
        this.resolver = resolver;
        this.jobQueued = jobQueued;
        this.redelivered = redelivered;
    }

    /** Who sent an intake request, and the key under which a repeat gets the first answer (null: none). */
    private record Caller(String tenant, String dedupeKey, String what) {
    }

    void intake(Context ctx) {
        byte[] raw = ctx.bodyAsBytes();
        Caller caller = caller(ctx, raw);
        JsonNode body = JsonBody.object(ctx.header("Content-Type"), raw);
        String fingerprint = JsonBody.fingerprint(body);
        if (caller.dedupeKey() != null) {
            Optional<Store.StoredResponse> earlier = store.storedResponse(caller.tenant(), caller.dedupeKey());
            if (earlier.isPresent()) {
                replay(ctx, earlier.get(), fingerprint, caller.what());
                return;
            }
        }
        Api.GradeRequest req = api.gradeRequest(body);
        String learnerId = api.requiredId(body, "learner_id");
        String externalId = api.optionalId(body, "external_id");
        String callbackUrl = callbackUrl(body);
        GradingService engine = api.engine();
        if (engine.rubrics().stream().noneMatch(r -> r.id().equals(req.rubric()))) {
            throw Problem.notFound(new GradingService.UnknownRubricException(req.rubric()).getMessage());
        }
        String target = callbackUrl != null ? callbackUrl : store.webhooks().defaultEndpoint(caller.tenant())
                .map(WebhookConfig.Endpoint::url)
                .orElseThrow(() -> Problem.invalid("callback_url is required: tenant '" + caller.tenant() + "' has "
                        + "no webhook endpoint (the operator sets one: casemark webhooks endpoint set --tenant "
                        + caller.tenant() + " --url URL)"));
        Optional<WebhookConfig.Endpoint> known = store.webhooks().endpoint(caller.tenant(), target);
        if (known.isPresent() && known.get().disabled()) {
            throw Problem.invalid("the callback URL " + target + " was disabled (" + known.get().disabledReason()
                    + "); redeliver one of its deliveries, or have the operator set it again, to enable it");
        }
        if (store.webhooks().liveSecrets(caller.tenant(), Instant.now()).isEmpty()) {
            throw Problem.invalid("tenant '" + caller.tenant() + "' has no webhook signing secret, so its results "
                    + "cannot be signed (the operator creates one: casemark webhooks secret create --tenant "
                    + caller.tenant() + ")");
        }
        // the quiz is scored now, on the grading pool: cheap, and a bad answers document is the caller's 422
        String quizJson = req.quizId() == null ? null : Api.write(Json.MAPPER.valueToTree(
                pool.run(() -> api.scoreQuiz(req.quizId(), req.answers(), req.reveal()))));

        String id = Store.newSubmissionId();
        Store.Saved saved = store.jobs().enqueue(new Jobs.NewJob(id, caller.tenant(), learnerId, externalId,
                        req.rubric(), req.text(), quizJson, callbackUrl),
                caller.dedupeKey() == null ? null : new Store.Idempotency(caller.dedupeKey(), fingerprint), 202,
                job -> Api.write(pending(job, Instant.now(), false)));
        if (!saved.created()) {
            replay(ctx, saved.response(), fingerprint, caller.what());
            return;
        }
        jobQueued.run();
        ctx.header("Location", "/v1/submissions/" + id);
        Api.raw(ctx, 202, saved.response().body());
    }

    /**
     * An API key ({@code Authorization: Bearer}), else a Standard Webhooks signature by a live secret of the
     * tenant named in {@code ?tenant=}. A repeat is recognised by {@code Idempotency-Key}, else by {@code webhook-id}.
     */
    private Caller caller(Context ctx, byte[] raw) {
        String webhookId = ctx.header("webhook-id");
        String tenant;
        if (ctx.header("Authorization") != null) {
            tenant = api.authenticate(ctx).tenant();
        } else {
            tenant = ctx.queryParam("tenant");
            if (tenant == null || ctx.header("webhook-signature") == null) {
                throw Problem.unauthorized("send an API key (Authorization: Bearer <key>), or sign the request with the "
                        + "tenant's webhook secret (webhook-id, webhook-timestamp, webhook-signature) and name the "
                        + "tenant: ?tenant=NAME");
            }
            if (!tenant.matches(TENANT)) throw Problem.unauthorized("no such tenant");
            List<String> secrets = store.webhooks().liveSecrets(tenant, Instant.now());
            try {
                StandardWebhooks.verify(secrets, webhookId, ctx.header("webhook-timestamp"),
                        ctx.header("webhook-signature"), raw, Instant.now());
            } catch (StandardWebhooks.InvalidSignature e) {
                throw Problem.unauthorized(e.getMessage());
            }
        }
        String idem = ctx.header("Idempotency-Key");
        if (idem != null) {
            if (!idem.matches("[\\x21-\\x7e]{1,255}")) {
                throw Problem.badRequest("Idempotency-Key must be 1 to 255 visible ASCII characters");
            }
            return new Caller(tenant, "webhooks/submissions idempotency-key:" + idem, "Idempotency-Key");
        }
        if (webhookId != null) {
            if (!webhookId.matches("[\\x21-\\x7e]{1,255}")) {
                throw Problem.badRequest("webhook-id must be 1 to 255 visible ASCII characters");
            }
            return new Caller(tenant, "webhooks/submissions webhook-id:" + webhookId, "webhook-id");
        }
        return new Caller(tenant, null, null);
    }

    /** The {@code callback_url} field, checked against the callback policy now (and again at every connection). */
    private String callbackUrl(JsonNode body) {
        JsonNode n = body.get("callback_url");
        if (n == null || n.isNull()) return null;
        if (!n.isTextual() || n.asText().isBlank()) throw Problem.invalid("callback_url must be a non-blank string");
        try {
            return policy.check(n.asText(), resolver).toString();
        } catch (CallbackPolicy.Refused e) {
            throw Problem.invalid("callback_url refused: " + e.getMessage());
        }
    }

    private static void replay(Context ctx, Store.StoredResponse earlier, String fingerprint, String what) {
        if (!earlier.requestHash().equals(fingerprint)) {
            throw Problem.idempotencyMismatch("this " + what + " was used with a different request body");
        }
        ctx.header("Idempotent-Replayed", "true");
        String id = parse(earlier.body()).path("id").asText();
        ctx.header("Location", "/v1/submissions/" + id);
        Api.raw(ctx, earlier.status(), earlier.body());
    }

    // ------------------------------------------------------------------------------------------------ deliveries

    void deliveries(Context ctx) {
        String tenant = api.authenticate(ctx).tenant();
        String s = api.query(ctx, "status");
        Delivery.Status status = s == null ? null : Delivery.Status.parse(s);
        if (s != null && status == null) {
            throw Problem.badRequest("status must be pending, delivered or failed, was '" + s + "'");
        }
        Outbox.Page page;
        try {
            page = store.outbox().page(tenant, status, api.query(ctx, "cursor"), Api.limit(ctx));
        } catch (Store.BadCursorException e) {
            throw Problem.badRequest(e.getMessage());
        }
        ObjectNode out = Json.MAPPER.createObjectNode();
        ArrayNode items = out.putArray("items");
        page.items().forEach(d -> items.add(delivery(d)));
        if (page.nextCursor() == null) out.putNull("next_cursor");
        else out.put("next_cursor", page.nextCursor());
        Api.json(ctx, 200, out);
    }

    void delivery(Context ctx) {
        String tenant = api.authenticate(ctx).tenant();
        String id = api.pathId(ctx, "id", "delivery");
        Delivery d = store.outbox().delivery(tenant, id).orElseThrow(() -> Problem.notFound("no delivery '" + id + "'"));
        Api.json(ctx, 200, delivery(d));
    }

    void redeliver(Context ctx) {
        String tenant = api.authenticate(ctx).tenant();
        String id = api.pathId(ctx, "id", "delivery");
        Delivery d = store.outbox().redeliver(tenant, id, Instant.now())
                .orElseThrow(() -> Problem.notFound("no delivery '" + id + "'"));
        redelivered.run();
        Api.json(ctx, 202, delivery(d));
    }

    // ----------------------------------------------------------------------------------------------------- views

    /** A submission not graded yet, as {@code GET /v1/submissions/{id}} and the intake's 202 show it. */
    static ObjectNode pending(GradingJob job, Instant now, boolean withText) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("id", job.submissionId());
        o.put("status", job.status(now));
        o.put("learner_id", job.learnerId());
        if (job.externalId() != null) o.put("external_id", job.externalId());
        o.put("rubric", job.rubric());
        o.put("created_at", job.createdAt().toString());
        if (job.callbackUrl() != null) o.put("callback_url", job.callbackUrl());
        if (job.state() == GradingJob.State.FAILED) o.put("error", job.lastError());
        if (withText) o.put("text", job.text());
        return o;
    }

    static ObjectNode delivery(Delivery d) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("id", d.id());
        o.put("submission_id", d.submissionId());
        o.put("event_type", d.eventType());
        o.put("url", d.url());
        o.put("status", d.status().sql());
        o.put("attempts", d.attempts());
        if (d.lastStatusCode() == null) o.putNull("last_status_code");
        else o.put("last_status_code", d.lastStatusCode());
        if (d.lastError() == null) o.putNull("last_error");
        else o.put("last_error", d.lastError());
        if (d.nextAttemptAt() == null) o.putNull("next_attempt_at");
        else o.put("next_attempt_at", d.nextAttemptAt().toString());
        o.put("created_at", d.createdAt().toString());
        if (d.deliveredAt() == null) o.putNull("delivered_at");
        else o.put("delivered_at", d.deliveredAt().toString());
        return o;
    }

    static JsonNode parse(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
