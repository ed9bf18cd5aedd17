package org.creativeatlas.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The password for a server the standard PostgreSQL way, so the app never stores one itself: {@code PGPASSWORD},
 * else the first matching line {@code host:port:database:user:password} of {@code PGPASSFILE} or {@code ~/.pgpass}
 * ({@code *} matches anything, {@code \:} and {@code \\} escape).
 */
public final class PasswordFile {

    private PasswordFile() {
    }

    public static Optional<char[]> lookup(ServerAddress address) {
        String env = System.getenv("PGPASSWORD");
        if (env != null && !env.isEmpty()) {
            return Optional.of(env.toCharArray());
        }
        String named = System.getenv("PGPASSFILE");
        Path file = named != null && !named.isBlank() ? Path.of(named)
                : Path.of(System.getProperty("user.home"), ".pgpass");
        return lookup(file, address);
    }

    static Optional<char[]> lookup(Path file, ServerAddress address) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        String[] wanted = {address.host(), String.valueOf(address.port()), address.database(), address.user()};
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = fields(line);
            if (fields.size() == 5 && matches(fields, wanted)) {
                return Optional.of(fields.get(4).toCharArray());
            }
        }
        return Optional.empty();
    }

    private static boolean matches(List<String> fields, String[] wanted) {
        for (int i = 0; i < wanted.length; i++) {
            String field = fields.get(i);
            boolean localhost = i == 0 && field.equals("localhost")
                    && (wanted[0].equals("127.0.0.1") || wanted[0].equals("::1"));
            if (!field.equals("*") && !field.equals(wanted[i]) && !localhost) {
                return false;
            }
        }
        return true;
    }

    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':' && out.size() < 4) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }
}
