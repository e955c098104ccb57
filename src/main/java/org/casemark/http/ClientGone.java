package org.casemark.http;

import org.eclipse.jetty.io.EofException;

import java.nio.channels.ClosedChannelException;

/**
 * Whether a failure is the client going away (the connection closed mid-request or before the answer): logged as
 * one INFO line and counted with status 499, never as a server error.
 */
final class ClientGone {
    /** nginx's "client closed request": not sent (nobody is listening), only counted. */
    static final int STATUS = 499;

    private ClientGone() {
    }

    static boolean in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EofException || t instanceof ClosedChannelException) return true;
            if (t.getCause() == t) break;
        }
        return false;
    }
}
