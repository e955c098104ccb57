/**
 * Webhooks as the Standard Webhooks specification has them (https://www.standardwebhooks.com): signing and
 * verifying {@code webhook-id}/{@code webhook-timestamp}/{@code webhook-signature}, which callback addresses may be
 * called, the retry schedule, and the workers that grade queued submissions and deliver their results from the
 * store's outbox. Depends on the store, the JDK and Jetty's HTTP client; never on Javalin or the grading core
 * (grading is handed in as a function).
 */
package org.casemark.webhook;
