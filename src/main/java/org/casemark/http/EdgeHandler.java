package org.casemark.http;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The first handler every request meets: every response says {@code X-Content-Type-Options: nosniff}, and a
 * method this server does not know is 501 here, before the application (whose method table, and whose metrics,
 * would otherwise grow by one entry per made-up method).
 */
final class EdgeHandler extends Handler.Wrapper {
    static final HttpField NOSNIFF = new PreEncodedHttpField("X-Content-Type-Options", "nosniff");

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        response.getHeaders().put(NOSNIFF);
        if (!Metrics.KNOWN_METHODS.contains(request.getMethod())) {
            Response.writeError(request, response, callback, 501, "the request method is not one this server knows");
            return true;
        }
        return super.handle(request, response, callback);
    }
}
