package org.casemark.http;

import org.eclipse.jetty.io.Connection;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code perAddress} open connections from one client address: a connection past it is closed as soon as
 * it is accepted, before anything is read from it, and counted. Memory follows the addresses now connected.
 */
final class ConnectionCap implements Connection.Listener {
    private final int perAddress;
    private final Runnable onRefused;
    private final Map<InetAddress, Integer> open = new ConcurrentHashMap<>();
    /** Each open connection's address, taken when it opened: a closed socket no longer knows its peer. */
    private final Map<Connection, InetAddress> addresses = new ConcurrentHashMap<>();

    ConnectionCap(int perAddress, Runnable onRefused) {
        this.perAddress = perAddress;
        this.onRefused = onRefused;
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress address = address(connection);
        if (address == null) return;
        addresses.put(connection, address);
        if (open.merge(address, 1, Integer::sum) > perAddress) {
            onRefused.run();
            connection.getEndPoint().close();   // onClosed follows and gives the count back
        }
    }

    @Override
    public void onClosed(Connection connection) {
        InetAddress address = addresses.remove(connection);
        if (address != null) open.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
    }

    private static InetAddress address(Connection connection) {
        return connection.getEndPoint().getRemoteSocketAddress() instanceof InetSocketAddress a ? a.getAddress() : null;
    }
}
