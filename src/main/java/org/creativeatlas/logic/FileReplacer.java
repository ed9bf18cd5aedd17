package org.creativeatlas.logic;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import org.creativeatlas.model.Problem;

/**
 * Writes a file through a temporary file beside it, moved into place only once complete: a failed or interrupted
 * write never leaves half a file and never spoils the one that was there.
 */
public final class FileReplacer {

    /** What goes into the file. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private FileReplacer() {
    }

    /** Writes {@code target}; on failure the temporary file is removed and the exception passed on. */
    public static void write(Path target, Body body) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path partial = absolute.resolveSibling("." + absolute.getFileName() + "." + System.nanoTime() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW)) {
                body.writeTo(out);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the write already failed with the message that matters
            }
            throw e;
        }
    }

    /** Why a write failed, in the operating system's words, without Java's exception names or temporary names. */
    public static String reason(IOException e) {
        return Messages.english(why(e));
    }

    /**
     * Why a write failed, as a {@link Problem} a window says in its language where the reason is a common one (no
     * such folder, no permission, a read-only or full disk), else one that carries the system's own words; in
     * English, {@link #reason} says the same.
     */
    public static Problem why(IOException e) {
        if (e instanceof NoSuchFileException missing) {
            // a folder that is there but makes no new files (such as /proc) answers "no such file" too
            return folderOf(missing.getFile()).map(Files::isDirectory).orElse(false)
                    ? Problem.of("file.reason.cannot_create") : Problem.of("file.reason.no_folder");
        }
        if (e instanceof AccessDeniedException) {
            return Problem.of("file.reason.denied");
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            // the system's words, except where they can say more plainly what to do
            return "Read-only file system".equals(fs.getReason()) ? Problem.of("file.reason.read_only")
                    : systemWords(fs.getReason());
        }
        if (e instanceof FileNotFoundException && e.getMessage() != null && e.getMessage().endsWith(")")) {
            // "…/.r.pdf.123.part (No such file or directory)": say why, not the temporary file's name
            String message = e.getMessage();
            return systemWords(message.substring(message.lastIndexOf('(') + 1, message.length() - 1)
                    .toLowerCase(Locale.ROOT));
        }
        return systemWords(String.valueOf(e.getMessage()));
    }

    private static Optional<Path> folderOf(String file) {
        return Optional.ofNullable(file).map(Path::of).map(Path::getParent);
    }

    /** The problem whose English the system's words are, to be said in the window's language, else those words. */
    private static Problem systemWords(String words) {
        return switch (words) {
            case "No space left on device" -> Problem.of("file.reason.no_space");
            case "Is a directory" -> Problem.of("file.reason.is_folder");
            case "permission denied" -> Problem.of("file.reason.denied");
            case "no such file or directory" -> Problem.of("file.reason.no_such_file");
            case "read-only file system" -> Problem.of("file.reason.read_only_fs");
            default -> Problem.of("file.reason.system", words);
        };
    }
}
