package org.casemark.webhook;

import org.casemark.store.GradingJob;
import org.casemark.store.Store;
import org.casemark.store.WebhookConfig;

import java.util.Optional;

/**
 * Where a submission's results go: its callback URL, else its tenant's endpoint at this moment; nowhere for a batch
 * item (a batch's results are fetched, not called back) or a submission that came without a job (graded at once).
 */
public final class CallbackTarget {
    private CallbackTarget() {
    }

    public static Optional<String> of(Store store, GradingJob job) {
        if (job == null || job.batchId() != null) return Optional.empty();
        if (job.callbackUrl() != null) return Optional.of(job.callbackUrl());
        WebhookConfig config = store.webhooks();
        return config.defaultEndpoint(job.tenant()).map(WebhookConfig.Endpoint::url);
    }
}
