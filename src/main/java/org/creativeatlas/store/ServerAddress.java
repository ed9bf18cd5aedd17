package org.creativeatlas.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.creativeatlas.model.Problem;

/**
 * Where a team catalogue lives: {@code postgresql://[user@]host[:port]/database[?sslmode=MODE]}. The user defaults
 * to {@code PGUSER}, then the login name; TLS to {@code prefer} (used when the server offers it), which
 * {@code sslmode=require} (or {@code verify-ca}, {@code verify-full}) makes compulsory. A password never belongs in
 * the address: it comes from {@code PGPASSWORD}, {@code ~/.pgpass} or the person ({@link PasswordFile}).
 */
public record ServerAddress(String host, int port, String database, String user, String sslMode) {

    public static final int DEFAULT_PORT = 5432;
    private static final String SCHEME = "postgresql://";
    private static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca",
            "verify-full");

    public ServerAddress {
        if (host == null || host.isBlank() || database == null || database.isBlank() || user == null || user.isBlank()) {
            throw new StoreException(Problem.of("store.server.incomplete"), "A team catalogue needs a server, a "
                    + "database and a user name.", StoreException.Kind.OTHER, null);
        }
        if (port <= 0 || port > 65535) {
            throw new StoreException(Problem.of("store.server.bad_port", String.valueOf(port)), "The port " + port
                    + " is not a port number (1 to 65535).", StoreException.Kind.OTHER, null);
        }
        sslMode = sslMode == null || sslMode.isBlank() ? "prefer" : sslMode.toLowerCase(Locale.ROOT);
        if (!SSL_MODES.contains(sslMode)) {
            throw new StoreException("Unknown sslmode \"" + sslMode + "\": use one of " + String.join(", ",
                    SSL_MODES.stream().sorted().toList()) + ".");
        }
    }

    /** Whether {@code location} names a server rather than a file. */
    public static boolean isAddress(String location) {
        return location != null && (location.startsWith(SCHEME) || location.startsWith("postgres://"));
    }

    /** Reads an address; a password in it is refused, so it never lands in a shell history or a preferences file. */
    public static ServerAddress parse(String location) {
        if (!isAddress(location)) {
            throw new StoreException("\"" + location + "\" is not a server address: write postgresql://host:port/database");
        }
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            throw new StoreException("\"" + location + "\" is not a server address (" + e.getReason() + ").");
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && userInfo.contains(":")) {
            throw new StoreException("Leave the password out of the address: it is read from PGPASSWORD or ~/.pgpass, "
                    + "or asked for.");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String database = decode(path.startsWith("/") ? path.substring(1) : path);
        String user = userInfo != null ? decode(userInfo) : defaultUser();
        String sslMode = null;
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv[0].equals("sslmode") && kv.length == 2) {
                    sslMode = decode(kv[1]);
                } else if (kv[0].equals("user") && kv.length == 2) {
                    user = decode(kv[1]);
                } else {
                    throw new StoreException("Unknown setting \"" + kv[0] + "\" in the address: only sslmode and user.");
                }
            }
        }
        return new ServerAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), database, user,
                sslMode);
    }

    static String defaultUser() {
        String env = System.getenv("PGUSER");
        return env != null && !env.isBlank() ? env : System.getProperty("user.name");
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    public ServerAddress withSslMode(String mode) {
        return new ServerAddress(host, port, database, user, mode);
    }

    public ServerAddress withDatabase(String name) {
        return new ServerAddress(host, port, name, user, sslMode);
    }

    public ServerAddress withUser(String name) {
        return new ServerAddress(host, port, database, name, sslMode);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/"
                + java.net.URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The address as it is written, without a password: {@code postgresql://user@host:port/database}. */
    @Override
    public String toString() {
        return SCHEME + user + "@" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database
                + ("prefer".equals(sslMode) ? "" : "?sslmode=" + sslMode);
    }

    /** The name the window shows: {@code database on host}. */
    public String displayName() {
        return database + " @ " + host + (port == DEFAULT_PORT ? "" : ":" + port);
    }
}
