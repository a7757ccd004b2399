package com.maritimealphaflow.service.files;

import com.maritimealphaflow.service.BadRequestException;
import com.maritimealphaflow.service.text.Echo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a request may name: paths inside one configured directory only, however they are spelled. A path is
 * resolved against the directory, and both it and the real file it leads to (symbolic links followed) must lie inside
 * the directory's real path: {@code ../etc/passwd}, an absolute path elsewhere or a link out are refused. A directory
 * stands for its regular files, in name order, hidden ones left out. Refusals are {@link BadRequestException}s on the
 * parameter {@code files}.
 */
public final class ConfinedDirectory {

    private final Path directory;
    private final String kind;
    private final String missingHint;
    private final int maxFiles;

    /**
     * @param directory the configured directory
     * @param kind what the files are for, as the messages say it: {@code import} gives "the import directory" and
     *     "files per import"
     * @param missingHint where the directory is configured, said when it does not exist
     * @param maxFiles the most files one request may come to
     */
    public ConfinedDirectory(Path directory, String kind, String missingHint, int maxFiles) {
        this.directory = directory;
        this.kind = kind;
        this.missingHint = missingHint;
        this.maxFiles = maxFiles;
    }

    /** The files of a request as paths relative to the directory, in reading order. */
    public List<String> expand(List<String> requested) {
        Path root = root();
        List<String> files = new ArrayList<>();
        for (String name : requested) {
            Path path = inside(root, name);
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(p -> Files.isRegularFile(p)
                                    && !p.getFileName().toString().startsWith("."))
                            .map(p -> root.relativize(
                                            inside(root, root.relativize(p).toString()))
                                    .toString())
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new BadRequestException(
                            "files", "cannot list '" + Echo.quoted(name) + "': " + e.getMessage());
                }
            } else {
                files.add(root.relativize(path).toString());
            }
            if (files.size() > maxFiles) {
                throw new BadRequestException("files", "at most " + maxFiles + " files per " + kind);
            }
        }
        if (files.isEmpty()) {
            throw new BadRequestException("files", "the directories named hold no files");
        }
        return files;
    }

    /** A stored file's path, checked again: the directory or a link in it may have changed since the request. */
    public Path resolve(String stored) throws IOException {
        try {
            return inside(root(), stored);
        } catch (BadRequestException e) {
            throw new IOException(e.getMessage());
        }
    }

    private Path root() {
        try {
            return directory.toRealPath();
        } catch (IOException e) {
            throw new BadRequestException(
                    "files",
                    "the " + kind + " directory " + directory + " does not exist on this service (" + missingHint
                            + ")");
        }
    }

    private Path inside(Path root, String name) {
        if (name == null || name.isBlank()) {
            throw new BadRequestException("files", "a file name is empty");
        }
        Path path;
        try {
            path = root.resolve(name).normalize();
        } catch (InvalidPathException e) {
            throw new BadRequestException("files", "'" + Echo.quoted(name) + "' is not a path");
        }
        String outside = "'" + Echo.quoted(name) + "' is outside the " + kind + " directory: name a path under it";
        if (!path.startsWith(root)) {
            throw new BadRequestException("files", outside);
        }
        Path real;
        try {
            // a dangling link fails here too: it leads to no file
            real = path.toRealPath();
        } catch (IOException e) {
            throw new BadRequestException(
                    "files", "'" + Echo.quoted(name) + "' does not exist in the " + kind + " directory");
        }
        if (!real.startsWith(root)) {
            throw new BadRequestException("files", outside);
        }
        if (!Files.isReadable(real)) {
            throw new BadRequestException("files", "'" + Echo.quoted(name) + "' cannot be read by this service");
        }
        return real;
    }
}
