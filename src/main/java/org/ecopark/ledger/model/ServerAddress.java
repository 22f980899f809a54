package org.ecopark.ledger.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A ledger on a PostgreSQL server, as {@code --db} names it: {@code postgresql://host:port/database?user=NAME} (the
 * port 5432 when left out). The password is never part of it: it comes from the environment, a file or the terminal
 * when the ledger is opened.
 */
public record ServerAddress(String host, int port, String database, String user) {

    /** PostgreSQL's port when the address names none. */
    public static final int DEFAULT_PORT = 5432;
    private static final String SCHEME = "postgresql://";

    public ServerAddress {
        if (host.isBlank() || database.isBlank() || user.isBlank() || port <= 0 || port > 65535) {
            throw new IllegalArgumentException("Incomplete server address " + host + ":" + port + "/" + database);
        }
    }

    /** Whether {@code text} names a server rather than a file (it starts with {@code postgresql://}). */
    public static boolean names(String text) {
        return text != null && text.strip().toLowerCase(Locale.ROOT).startsWith(SCHEME);
    }

    /**
     * The address {@code text} names; empty when it is not a server address or lacks the host, the database or the
     * user, or has a port that is not one.
     */
    public static Optional<ServerAddress> parse(String text) {
        if (!names(text)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.strip());
            String database = uri.getRawPath() == null ? "" : decode(uri.getRawPath().replaceFirst("^/", ""));
            String user = null;
            if (uri.getRawQuery() != null) {
                for (String pair : uri.getRawQuery().split("&")) {
                    int equals = pair.indexOf('=');
                    if (equals > 0 && pair.substring(0, equals).equals("user")) {
                        user = decode(pair.substring(equals + 1));
                    }
                }
            }
            if (uri.getHost() == null || user == null || database.isEmpty() || database.contains("/")) {
                return Optional.empty();
            }
            return Optional.of(new ServerAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(),
                    database, user));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    /** The host (an IPv6 address in brackets) and the port, as an address writes them. */
    public String hostAndPort() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** The address as the user writes it after {@code --db}. */
    @Override
    public String toString() {
        return SCHEME + hostAndPort() + "/" + database + "?user=" + user;
    }
}
