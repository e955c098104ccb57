package org.casemark.http;

import org.casemark.json.Json;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.util.Map;

/**
 * The errors Jetty answers itself, before or around the application (a header block or URI over the limit, a
 * request line it cannot parse, a bad Content-Length, a body too slow or too large, an unknown method), as the
 * same RFC 9457 problem+json every application error is. Never a stack trace, never the request echoed back.
 */
final class ProblemErrorHandler extends ErrorHandler {
    static final String TYPE = "application/problem+json";
    private static final Map<Integer, String> SLUGS = Map.of(400, "bad-request", 404, "not-found",
            405, "method-not-allowed", 408, "request-timeout", 413, "too-large", 414, "uri-too-long",
            431, "headers-too-large", 500, "internal", 501, "not-implemented", 503, "unavailable");

    private final Limits limits;

    ProblemErrorHandler(Limits limits) {
        this.limits = limits;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        String message = (String) request.getAttribute(ERROR_MESSAGE);
        if (request.getAttribute(ERROR_EXCEPTION) instanceof HttpException h) {
            status = h.getCode();
            response.setStatus(status);
            if (message == null) message = h.getReason();
        }
        response.getHeaders().put(ERROR_CACHE_CONTROL);
        response.getHeaders().put(EdgeHandler.NOSNIFF);
        if (HttpStatus.hasNoBody(status) || "HEAD".equals(request.getMethod())) {
            callback.succeeded();
            return true;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, TYPE);
        response.write(true, ByteBuffer.wrap(body(status, message)), callback);
        return true;
    }

    /** A message refused while it was being parsed (431, 414, 400): no request exists yet, only these fields. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, TYPE);
        fields.put(EdgeHandler.NOSNIFF);
        return ByteBuffer.wrap(body(status, reason));
    }

    byte[] body(int status, String message) {
        String title = HttpStatus.getMessage(status);
        Problem p = Problem.of(SLUGS.getOrDefault(status, "http-" + status), title, status, detail(status, message));
        return Api.write(Json.MAPPER.valueToTree(p)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Ours where we know the cause; Jetty's own reason only when it is a plain phrase (no class names). */
    private String detail(int status, String message) {
        return switch (status) {
            case 431 -> "the request line and headers are over the limit of " + limits.maxHeaderBytes() + " bytes";
            case 414 -> "the request URI is over the limit of " + limits.maxHeaderBytes() + " bytes";
            default -> message == null || message.isBlank() || message.contains("Exception") || message.length() > 200
                    ? HttpStatus.getMessage(status) : message;
        };
    }
}
