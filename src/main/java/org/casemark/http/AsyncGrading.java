package org.casemark.http;

import org.casemark.core.GradingService;
import org.casemark.store.Store;
import org.casemark.webhook.CallbackClient;
import org.casemark.webhook.CallbackPolicy;
import org.casemark.webhook.DeliveryWorkers;
import org.casemark.webhook.GradingWorkers;
import org.casemark.webhook.WebhookSettings;

import java.util.function.Supplier;

/**
 * The server's asynchronous side: delivery workers (started at once, so results stored before a restart go out
 * while the grader loads) and grading workers (started once the grader is loaded), grading on the server's
 * bounded pool.
 */
final class AsyncGrading implements AutoCloseable {
    final WebhookSettings settings;
    final CallbackPolicy.Resolver resolver;
    private final Store store;
    private final CallbackClient client;
    private final DeliveryWorkers deliveries;
    private final GradingWorkers grading;
    private BatchApi batchApi;

    AsyncGrading(WebhookSettings settings, CallbackPolicy.Resolver resolver, Store store,
                 Supplier<GradingService> grader, GradingPool pool, Metrics metrics) {
        this.store = store;
        this.settings = settings;
        this.resolver = resolver;
        WebhookMeters meters = new WebhookMeters(metrics.registry(), store);
        client = new CallbackClient(settings.policy(), resolver, settings.connectTimeout(), settings.readTimeout(),
                "casemark-webhooks");
        deliveries = new DeliveryWorkers(store, settings, client, meters).start();
        grading = new GradingWorkers(store, new JobGrading(grader, pool, metrics), settings, deliveries::wake, meters);
    }

    /** The batch handlers, whose items these workers grade (made once; closed with the workers). */
    synchronized BatchApi batches(Api api) {
        if (batchApi == null) batchApi = new BatchApi(api, store, this::jobQueued, org.casemark.batch.ZipLimits.defaults());
        return batchApi;
    }

    /** The grader is loaded: grade what is queued. */
    void graderReady() {
        grading.start();
    }

    void jobQueued() {
        grading.wake();
    }

    void redelivered() {
        deliveries.wake();
    }

    @Override
    public void close() {
        if (batchApi != null) batchApi.close();
        grading.close();
        deliveries.close();
        client.close();
    }
}
