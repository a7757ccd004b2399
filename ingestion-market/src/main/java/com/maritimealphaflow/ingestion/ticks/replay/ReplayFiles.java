package com.maritimealphaflow.ingestion.ticks.replay;

import com.maritimealphaflow.ingestion.ticks.TicksProperties;
import com.maritimealphaflow.service.files.ConfinedDirectory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;

/** The files a replay may name: paths inside the replay directory only (see {@link ConfinedDirectory}). */
@Component
class ReplayFiles {

    private final ConfinedDirectory directory;

    ReplayFiles(TicksProperties settings) {
        TicksProperties.Replay replay = settings.replay();
        this.directory = new ConfinedDirectory(
                replay.directory(), "replay", "TICKS_REPLAY_DIR; compose mounts ./tick-archive", replay.maxFiles());
    }

    /** The files of a request as paths relative to the replay directory, in reading order. */
    List<String> expand(List<String> requested) {
        return directory.expand(requested);
    }

    /** A stored file's path, checked again: the directory or a link in it may have changed since the request. */
    Path resolve(String stored) throws IOException {
        return directory.resolve(stored);
    }
}
