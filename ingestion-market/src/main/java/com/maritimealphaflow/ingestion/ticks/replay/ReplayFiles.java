package com.maritimealphaflow.ingestion.ticks.replay;

import com.maritimealphaflow.ingestion.ticks.TicksProperties;
import com.maritimealphaflow.service.BadRequestException;
import com.maritimealphaflow.service.text.Echo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The files a replay may name: paths inside the replay directory only, however they are spelled, by the rule of the
 * AIS imports' directory: resolved against the directory, both the path and the real file it leads to (links
 * followed) must lie inside the directory's real path. A directory stands for its regular files in name order, hidden
 * ones left out.
 */
@Component
class ReplayFiles {

    private final TicksProperties.Replay settings;

    ReplayFiles(TicksProperties settings) {
        this.settings = settings.replay();
    }

    /** The files of a request as paths relative to the replay directory, in reading order. */
    List<String> expand(List<String> requested) {
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
                    throw new BadRequestException("files", "cannot list '" + Echo.quoted(name) + "'");
                }
            } else {
                files.add(root.relativize(path).toString());
            }
            if (files.size() > settings.maxFiles()) {
                throw new BadRequestException("files", "at most " + settings.maxFiles() + " files per replay");
            }
        }
        if (files.isEmpty()) {
            throw new BadRequestException("files", "the directories named hold no files");
        }
        return files;
    }

    /** A stored file's path, checked again: the directory or a link in it may have changed since the request. */
    Path resolve(String stored) throws IOException {
        try {
            return inside(root(), stored);
        } catch (BadRequestException e) {
            throw new IOException(e.getMessage());
        }
    }

    private Path root() {
        try {
            return settings.directory().toRealPath();
        } catch (IOException e) {
            throw new BadRequestException(
                    "files",
                    "the replay directory " + settings.directory() + " does not exist on this service"
                            + " (TICKS_REPLAY_DIR; compose mounts ./tick-archive)");
        }
    }

    private static Path inside(Path root, String name) {
        if (name == null || name.isBlank()) {
            throw new BadRequestException("files", "a file name is empty");
        }
        Path path;
        try {
            path = root.resolve(name).normalize();
        } catch (InvalidPathException e) {
            throw new BadRequestException("files", "'" + Echo.quoted(name) + "' is not a path");
        }
        String outside = "'" + Echo.quoted(name) + "' is outside the replay directory: name a path under it";
        if (!path.startsWith(root)) {
            throw new BadRequestException("files", outside);
        }
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            throw new BadRequestException(
                    "files", "'" + Echo.quoted(name) + "' does not exist in the replay directory");
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
