package com.maritimealphaflow.ingestion.ais.imports;

import com.maritimealphaflow.service.files.ConfinedDirectory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;

/** The files a request may name: paths inside the import directory only (see {@link ConfinedDirectory}). */
@Component
class ImportFiles {

    private final ConfinedDirectory directory;

    ImportFiles(AisImportProperties settings) {
        this.directory = new ConfinedDirectory(
                settings.directory(), "import", "AIS_IMPORT_DIR; compose mounts ./ais-archive", settings.maxFiles());
    }

    /** The files of a request as paths relative to the import directory, in reading order. */
    List<String> expand(List<String> requested) {
        return directory.expand(requested);
    }

    /** A stored file's path, checked again: the directory or a link in it may have changed since the request. */
    Path resolve(String stored) throws IOException {
        return directory.resolve(stored);
    }
}
