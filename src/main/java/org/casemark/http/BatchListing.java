package org.casemark.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.casemark.batch.BatchResult;
import org.casemark.json.Json;
import org.casemark.review.Reviewed;
import org.casemark.store.Batches;
import org.casemark.store.Store;
import org.casemark.store.StoredReview;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the instructor pages list: {@code GET /v1/batches} (a tenant's batches, newest first, with their counts)
 * and {@code GET /v1/batches/{id}/items} (one row per submission: whose, its status and total as reviewed, and the
 * submission id that opens it).
 */
final class BatchListing {
    private final Api api;
    private final Store store;

    BatchListing(Api api, Store store) {
        this.api = api;
        this.store = store;
    }

    void list(Context ctx) {
        String tenant = api.authenticate(ctx).tenant();
        ObjectNode out = Json.MAPPER.createObjectNode();
        ArrayNode items = out.putArray("items");
        var batches = store.batches().list(tenant);
        for (int i = batches.size() - 1; i >= 0; i--) {
            Batches.Batch b = batches.get(i);
            Batches.Counts c = store.batches().counts(b.id(), Instant.now());
            items.addObject().put("id", b.id()).put("rubric", b.rubric()).put("source_name", b.sourceName())
                    .put("created_at", b.createdAt().toString()).put("items", c.total()).put("done", c.finished())
                    .put("status", c.done() ? "done" : "grading");
        }
        Api.json(ctx, 200, out);
    }

    void items(Context ctx) {
        String tenant = api.authenticate(ctx).tenant();
        String id = api.pathId(ctx, "id", "batch");
        Batches.Batch b = store.batches().batch(tenant, id).orElseThrow(() -> Problem.notFound("no batch '" + id + "'"));
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("batch", b.id());
        ArrayNode items = out.putArray("items");
        List<BatchResult> machine = BatchResult.of(store.batches().items(b.id(), Instant.now()));
        Map<String, StoredReview> reviews = store.reviews().latest(tenant,
                machine.stream().map(BatchResult::submissionId).toList());
        for (BatchResult r : Reviewed.results(machine, reviews)) {
            ObjectNode o = items.addObject();
            o.put("item_no", r.itemNo());
            o.put("submission_id", r.submissionId());
            o.put("external_id", r.externalId());
            o.put("learner_id", r.learnerId());
            if (r.learnerName() != null) o.put("learner_name", r.learnerName());
            o.put("source", r.source());
            o.put("status", r.status());
            if (r.grade() != null && r.grade().total() != null) o.put("total", r.grade().total());
            if (r.grade() != null && r.grade().max() != null) o.put("max", r.grade().max());
            o.put("reviewed", reviews.containsKey(r.submissionId()));
            if (r.grade() != null && r.grade().error() != null) o.put("error", r.grade().error());
            else if (r.error() != null) o.put("error", r.error());
        }
        Api.json(ctx, 200, out);
    }
}
