package org.casemark.http;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The first handler every request meets: every response says {@code X-Content-Type-Options: nosniff} and carries
 * the Content-Security-Policy of the pages (scripts, styles, fonts, images and requests from this server only, no
 * inline script, no framing), and a
 * method this server does not know is 501 here, before the application (whose method table, and whose metrics,
 * would otherwise grow by one entry per made-up method).
 */
final class EdgeHandler extends Handler.Wrapper {
    static final HttpField NOSNIFF = new PreEncodedHttpField("X-Content-Type-Options", "nosniff");
    /** {@code img-src data:} for the icons Swagger UI inlines; nothing else is allowed from anywhere but here. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final HttpField CSP_HEADER = new PreEncodedHttpField("Content-Security-Policy", CSP);
    static final HttpField NO_REFERRER = new PreEncodedHttpField("Referrer-Policy", "no-referrer");

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        response.getHeaders().put(NOSNIFF);
        response.getHeaders().put(CSP_HEADER);
        response.getHeaders().put(NO_REFERRER);
        if (!Metrics.KNOWN_METHODS.contains(request.getMethod())) {
            Response.writeError(request, response, callback, 501, "the request method is not one this server knows");
            return true;
        }
        return super.handle(request, response, callback);
    }
}
