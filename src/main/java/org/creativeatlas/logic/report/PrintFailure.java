package org.creativeatlas.logic.report;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * Why a report could not be printed, found in the print system's failure: Java's printing on Linux and macOS hands
 * jobs to the {@code lpr} program, and its exceptions carry the reason in their causes, not their messages.
 */
public final class PrintFailure extends Exception {

    /** What the person can do something about. */
    public enum Reason {
        /** The {@code lpr} program is missing (Debian's cups-bsd package). */
        NO_LPR,
        /** The print server (CUPS) is not running. */
        NO_SERVER,
        /** Anything else: {@link #detail()} has the print system's own words. */
        OTHER
    }

    private static final String CUPS_SOCKET = "/run/cups/cups.sock";
    private static final int CUPS_PORT = 631;
    private static final int CONNECT_MS = 1000;

    private final Reason reason;
    private final String detail;

    private PrintFailure(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    /** The print system's own words for {@link Reason#OTHER}, never empty. */
    public String detail() {
        return detail;
    }

    static PrintFailure of(Exception failure) {
        return of(failure, PrintFailure::cupsAnswers);
    }

    /** Reads {@code failure}; {@code serverAnswers} tells whether the print server can be reached now. */
    static PrintFailure of(Exception failure, BooleanSupplier serverAnswers) {
        String words = null;
        for (Throwable e = failure; e != null; e = e.getCause()) {
            String message = e.getMessage();
            if (message != null && message.contains("Cannot run program") && message.contains("lpr")) {
                return new PrintFailure(Reason.NO_LPR, message, failure);
            }
            if (message != null && !message.isBlank()) {
                words = message.strip();
            }
        }
        if (!serverAnswers.getAsBoolean()) {
            return new PrintFailure(Reason.NO_SERVER, String.valueOf(words), failure);
        }
        return new PrintFailure(Reason.OTHER, words == null ? failure.getClass().getSimpleName() : lastLine(words),
                failure);
    }

    /** lpr's own error is the last line of "error=1 running: '/usr/bin/lpr' … \n /usr/bin/lpr: Error - …". */
    private static String lastLine(String words) {
        String[] lines = words.split("\\R");
        return lines[lines.length - 1].strip();
    }

    /**
     * Whether CUPS answers where the print programs look for it: $CUPS_SERVER, its socket, or port 631 here.
     * Windows prints without CUPS: there, the print system's words are all there is to say.
     */
    private static boolean cupsAnswers() {
        if (System.getProperty("os.name").startsWith("Windows")) {
            return true;
        }
        String server = System.getenv("CUPS_SERVER");
        if (server != null && !server.isBlank()) {
            return server.startsWith("/") ? socketAnswers(Path.of(server)) : portAnswers(server);
        }
        return Files.exists(Path.of(CUPS_SOCKET)) ? socketAnswers(Path.of(CUPS_SOCKET)) : portAnswers("localhost");
    }

    private static boolean socketAnswers(Path socket) {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            return channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean portAnswers(String server) {
        int colon = server.lastIndexOf(':');
        try (Socket socket = new Socket()) {
            int port = colon > 0 ? Integer.parseInt(server.substring(colon + 1)) : CUPS_PORT;
            socket.connect(new InetSocketAddress(colon > 0 ? server.substring(0, colon) : server, port), CONNECT_MS);
            return true;
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }
}
