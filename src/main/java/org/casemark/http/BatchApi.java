package org.casemark.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import org.casemark.batch.BadInput;
import org.casemark.batch.BatchInput;
import org.casemark.batch.BatchResult;
import org.casemark.batch.ClassReport;
import org.casemark.batch.CsvColumns;
import org.casemark.batch.Export;
import org.casemark.batch.Intake;
import org.casemark.batch.ZipLimits;
import org.casemark.batch.ZipRefused;
import org.casemark.core.GradingService;
import org.casemark.core.RubricSummary;
import org.casemark.json.Json;
import org.casemark.review.Reviewed;
import org.casemark.store.Batches;
import org.casemark.store.Store;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Batches over HTTP: {@code POST /v1/batches} takes a class's export (multipart: {@code rubric}, {@code file}, and
 * for a CSV the column names), stores every item before answering 202, and leaves grading to the job workers;
 * {@code GET} shows the counts by state, streams them as Server-Sent Events, and returns the results in each export
 * layout and the class report. A tenant sees only its own batches.
 */
final class BatchApi implements AutoCloseable {
    /** How often a progress stream looks at the counts. */
    static final Duration TICK = Duration.ofMillis(500);

    private final Api api;
    private final Store store;
    private final Runnable jobQueued;
    private final ZipLimits zipLimits;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "casemark-batch-events");
        t.setDaemon(true);
        return t;
    });

    BatchApi(Api api, Store store, Runnable jobQueued, ZipLimits zipLimits) {
        this.api = api;
        this.store = store;
        this.jobQueued = jobQueued;
        this.zipLimits = zipLimits;
    }

    void create(Context ctx) {
        String tenant = api.authenticate(ctx).tenant();
        if (!Multipart.is(ctx.header("Content-Type"))) {
            throw Problem.unsupportedMediaType("send the class's file as multipart/form-data: fields rubric and file "
                    + "(and for a CSV id_column, text_column, learner_column)");
        }
        Map<String, Multipart.Part> parts = Multipart.parse(ctx.header("Content-Type"), ctx.bodyAsBytes()).stream()
                .collect(Collectors.toMap(Multipart.Part::name, p -> p, (a, b) -> a));
        String rubricId = field(parts, "rubric", true);
        Multipart.Part file = parts.get("file");
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            throw Problem.invalid("file is required: the class's export as a file part (a .zip, .csv, .jsonl, or one "
                    + ".txt, .md, .html, .docx or .pdf)");
        }
        String name = file.fileName().substring(Math.max(file.fileName().lastIndexOf('/'), file.fileName().lastIndexOf('\\')) + 1);
        if (name.length() > 200) throw Problem.invalid("the file name is over 200 characters");
        GradingService engine = api.engine();
        RubricSummary rubric = engine.rubrics().stream().filter(r -> r.id().equals(rubricId)).findFirst()
                .orElseThrow(() -> Problem.notFound(new GradingService.UnknownRubricException(rubricId).getMessage()));
        CsvColumns columns = new CsvColumns(orElse(field(parts, "id_column", false), "id"),
                orElse(field(parts, "text_column", false), "text"), field(parts, "learner_column", false));
        BatchInput input;
        try {
            input = BatchInput.of(name, file.bytes(), columns, zipLimits);
        } catch (BadInput | ZipRefused e) {
            throw Problem.invalid(e.getMessage());
        }
        if (input.items().isEmpty()) throw Problem.invalid(name + ": no submission found");
        Batches.Created created = Intake.store(store, tenant, rubric, engine.engineVersion(), input);
        if (created.created()) jobQueued.run();
        ObjectNode view = view(created.batch());
        if (!created.created()) {
            view.put("reupload", true);
            view.put("detail", "this file was handed over before for this rubric (same content): here is that batch");
        }
        ctx.header("Location", "/v1/batches/" + created.batch().id());
        Api.json(ctx, created.created() ? 202 : 200, view);
    }

    void get(Context ctx) {
        Api.json(ctx, 200, view(batch(ctx)));
    }

    void results(Context ctx) {
        Batches.Batch b = batch(ctx);
        String name = api.query(ctx, "format");
        Export format = name == null ? Export.JSONL : Export.named(name);
        if (format == null) throw Problem.badRequest("format must be jsonl, csv, canvas or moodle, was '" + name + "'");
        String assignment = api.query(ctx, "assignment");
        StringWriter out = new StringWriter();
        try {
            format.write(results(b), rubric(b), assignment == null ? b.rubric() : assignment, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + b.id() + "-" + format.fileName + "\"");
        ctx.status(200).contentType(format.contentType + "; charset=utf-8")
                .result(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    void report(Context ctx) {
        Batches.Batch b = batch(ctx);
        Api.json(ctx, 200, Json.MAPPER.valueToTree(ClassReport.of(b.id(), rubric(b), b.sourceName(), results(b),
                b.skipped())));
    }

    /**
     * {@code text/event-stream}: a {@code progress} event with the counts now and whenever they change, then a
     * {@code done} event once nothing waits, and the stream ends.
     */
    void events(Context ctx) throws Exception {
        Batches.Batch b = batch(ctx);
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains("text/event-stream")) {
            throw Problem.notAcceptable("send Accept: text/event-stream for the progress stream");
        }
        new SseHandler(client -> follow(client, b)).handle(ctx);
    }

    private void follow(SseClient client, Batches.Batch b) {
        client.keepAlive();
        AtomicReference<String> last = new AtomicReference<>();
        AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
        Runnable tick = () -> {
            try {
                Batches.Counts counts = store.batches().counts(b.id(), Instant.now());
                String data = Api.write(counts(b, counts));
                if (!data.equals(last.getAndSet(data))) client.sendEvent("progress", data);
                if (counts.done()) {
                    client.sendEvent("done", data);
                    client.close();
                }
            } catch (RuntimeException e) {
                client.close();   // the store failed or the client left: the stream ends, the batch goes on
            }
            if (client.terminated() && task.get() != null) task.get().cancel(false);
        };
        client.onClose(() -> {
            if (task.get() != null) task.get().cancel(false);
        });
        task.set(ticker.scheduleWithFixedDelay(tick, 0, TICK.toMillis(), TimeUnit.MILLISECONDS));
    }

    // ----------------------------------------------------------------------------------------------------- views

    private Batches.Batch batch(Context ctx) {
        String tenant = api.authenticate(ctx).tenant();
        String id = api.pathId(ctx, "id", "batch");
        return store.batches().batch(tenant, id).orElseThrow(() -> Problem.notFound("no batch '" + id + "'"));
    }

    private List<BatchResult> results(Batches.Batch b) {
        return results(store, b);
    }

    /** A batch's results in input order, each reviewed item with the grade its instructor's review sets. */
    static List<BatchResult> results(Store store, Batches.Batch b) {
        return Reviewed.ofBatch(store, b);
    }

    private RubricSummary rubric(Batches.Batch b) {
        return api.engine().rubrics().stream().filter(r -> r.id().equals(b.rubric())).findFirst()
                .orElseThrow(() -> Problem.notFound("the rubric '" + b.rubric() + "' of this batch is no longer loaded"));
    }

    private ObjectNode view(Batches.Batch b) {
        Batches.Counts c = store.batches().counts(b.id(), Instant.now());
        ObjectNode o = counts(b, c);
        o.put("rubric", b.rubric());
        o.put("source_name", b.sourceName());
        o.put("format", b.format());
        o.put("layout", b.layout());
        o.put("created_at", b.createdAt().toString());
        var skipped = o.putArray("skipped");
        b.skipped().forEach(skipped::add);
        ObjectNode links = o.putObject("links");
        String base = "/v1/batches/" + b.id();
        links.put("self", base);
        links.put("events", base + "/events");
        links.put("results", base + "/results?format=jsonl");
        links.put("report", base + "/report");
        return o;
    }

    private static ObjectNode counts(Batches.Batch b, Batches.Counts c) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("id", b.id());
        o.put("status", c.done() ? "done" : "grading");
        o.put("items", c.total());
        o.put("done", c.finished());
        ObjectNode counts = o.putObject("counts");
        counts.put("queued", c.queued());
        counts.put("grading", c.grading());
        counts.put("graded", c.graded());
        counts.put("needs_review", c.needsReview());
        counts.put("rejected", c.rejected());
        counts.put("failed", c.failed());
        return o;
    }

    private String field(Map<String, Multipart.Part> parts, String name, boolean required) {
        Multipart.Part p = parts.get(name);
        if (p == null || p.text().isBlank()) {
            if (required) throw Problem.invalid(name + " is required");
            return null;
        }
        String v = p.text().strip();
        if (v.length() > 200) throw Problem.invalid(name + " is over 200 characters");
        return v;
    }

    private static String orElse(String v, String fallback) {
        return v == null ? fallback : v;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}
