package org.casemark.http;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads every request body in full, without holding a thread while it arrives, before the application sees the
 * request: a slow or stalled upload costs a connection and at most {@code maxBodyBytes} of memory, never a worker
 * thread, and the handlers then read the body from memory. The whole body must arrive within {@code deadline}
 * (408 past it, and the connection is closed); a body over {@code maxBodyBytes} is 413 (one declared up to
 * {@link #DRAIN_LIMIT} is read and dropped first, so a client still sending gets the answer rather than a reset
 * connection). A client that closes the connection mid-body is logged as one INFO line and counted, not answered.
 */
final class BodyReader extends Handler.Wrapper {
    /** Bodies declared up to this size are read and dropped before a 413, so the client gets the answer. */
    static final long DRAIN_LIMIT = 4L << 20;
    private static final Logger LOG = LoggerFactory.getLogger(BodyReader.class);

    private final Limits limits;
    private final Metrics metrics;

    /** Bodies within {@code maxBodyBytes} and {@code bodyDeadline}; an upload within its own two limits. */
    BodyReader(Limits limits, Metrics metrics) {
        this.limits = limits;
        this.metrics = metrics;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long declared = request.getLength();
        boolean chunked = request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (declared <= 0 && !chunked) return super.handle(request, response, callback);
        boolean upload = Limits.isUpload(request.getMethod(), request.getHttpURI().getPath());
        long maxBodyBytes = upload ? limits.maxUploadBytes() : limits.maxBodyBytes();
        if (declared > Math.max(DRAIN_LIMIT, maxBodyBytes)) {
            Response.writeError(request, response, callback, 413, "the body is " + declared + " bytes; the limit is "
                    + maxBodyBytes);
            return true;
        }
        new Load(request, response, callback, declared, maxBodyBytes,
                upload ? limits.uploadDeadline() : limits.bodyDeadline()).run();
        return true;
    }

    /** One body being read; {@link #run()} is also its demand callback, so Jetty calls it as bytes arrive. */
    private final class Load implements Runnable {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final long declared;
        private final long maxBodyBytes;
        private final Duration deadline;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final AtomicBoolean settled = new AtomicBoolean();
        private final Scheduler.Task timer;
        private long received;

        Load(Request request, Response response, Callback callback, long declared, long maxBodyBytes,
             Duration deadline) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.declared = declared;
            this.maxBodyBytes = maxBodyBytes;
            this.deadline = deadline;
            this.timer = request.getComponents().getScheduler().schedule(this::expire, deadline.toMillis(),
                    TimeUnit.MILLISECONDS);
        }

        @Override
        public void run() {
            while (!settled.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    failed(chunk.getFailure());
                    return;
                }
                received += chunk.remaining();
                if (received <= maxBodyBytes) {
                    byte[] bytes = new byte[chunk.remaining()];
                    chunk.getByteBuffer().slice().get(bytes);   // IO buffers are direct: copy, do not peek
                    body.writeBytes(bytes);
                }
                boolean last = chunk.isLast();
                chunk.release();
                if (received > maxBodyBytes && declared < 0) {
                    // chunked and already over: stop reading now (the connection is closed after the answer)
                    settle(() -> Response.writeError(request, response, callback, 413,
                            "the body is over the limit of " + maxBodyBytes + " bytes"));
                    return;
                }
                if (last) {
                    settle(this::finish);
                    return;
                }
            }
        }

        private void finish() {
            if (received > maxBodyBytes) {
                Response.writeError(request, response, callback, 413, "the body is " + received
                        + " bytes; the limit is " + maxBodyBytes);
                return;
            }
            Request inMemory = new InMemoryBody(request, body.toByteArray());
            try {
                if (!BodyReader.super.handle(inMemory, response, callback)) {
                    Response.writeError(request, response, callback, 404);
                }
            } catch (Throwable x) {
                Response.writeError(request, response, callback, x);
            }
        }

        private void failed(Throwable x) {
            if (x instanceof TimeoutException) {
                settle(() -> Response.writeError(request, response, callback, 408, "no part of the body arrived for "
                        + "the idle timeout; the connection is closed"));
                return;
            }
            settle(() -> {
                metrics.clientDisconnected();
                LOG.info("{} {}: the client closed the connection after {} of {} body bytes", request.getMethod(),
                        request.getHttpURI().getPath(), received, declared < 0 ? "chunked" : declared);
                callback.failed(x);
            });
        }

        private void expire() {
            settle(() -> Response.writeError(request, response, callback, 408, "the body did not arrive within "
                    + deadline.toSeconds() + " s (" + received + " bytes came); the connection is closed"));
        }

        /** Runs {@code outcome} unless another outcome (completion, failure, deadline) came first. */
        private void settle(Runnable outcome) {
            if (!settled.compareAndSet(false, true)) return;
            timer.cancel();
            outcome.run();
        }
    }

    /** The request as the application sees it: its body, already read, then the end. */
    private static final class InMemoryBody extends Request.Wrapper {
        private Content.Chunk next;

        InMemoryBody(Request request, byte[] body) {
            super(request);
            this.next = Content.Chunk.from(ByteBuffer.wrap(body), true);
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk c = next;
            next = Content.Chunk.EOF;
            return c;
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run();   // the body is all here: reading never waits
        }
    }
}
