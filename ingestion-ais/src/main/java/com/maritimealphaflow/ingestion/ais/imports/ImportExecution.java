package com.maritimealphaflow.ingestion.ais.imports;

import com.maritimealphaflow.ingestion.ais.AisBatch;
import com.maritimealphaflow.ingestion.ais.AisDecoding;
import com.maritimealphaflow.ingestion.ais.AisIngestion;
import com.maritimealphaflow.ingestion.ais.AisMessageSink;
import com.maritimealphaflow.ingestion.ais.BatchOutcome;
import com.maritimealphaflow.ingestion.ais.history.csv.HistoryFormatException;
import com.maritimealphaflow.service.files.CountingInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one claimed import: its unfinished files in order, each downloaded if it is a day of an archive, read through
 * the format's reader and the import's filter into an {@link AisBatch} of its own (one {@code ingestion_log} row of
 * kind {@code ais-import} per attempt), and closed like a live batch so the aggregation service counts its windows.
 *
 * <p>Every {@code checkpoint-rows} rows it waits until what it read is written and records that row count: a restart
 * reads the file again and passes over those rows, so a resumed file stores nothing twice and loses nothing (a row read
 * twice would be a duplicate anyway). Every second it records progress, which also proves the job alive and finds out
 * whether it was cancelled.
 */
@Component
class ImportExecution {

    private static final Logger log = LoggerFactory.getLogger(ImportExecution.class);
    private static final long PROGRESS_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final ImportJobs jobs;
    private final AisIngestion ingestion;
    private final ArchiveDownloads downloads;
    private final ImportFiles files;
    private final AisImportProperties settings;
    private final JsonMapper json;

    ImportExecution(
            ImportJobs jobs,
            AisIngestion ingestion,
            ArchiveDownloads downloads,
            ImportFiles files,
            AisImportProperties settings,
            JsonMapper json) {
        this.jobs = jobs;
        this.ingestion = ingestion;
        this.downloads = downloads;
        this.files = files;
        this.settings = settings;
        this.json = json;
    }

    /** How reading a file ended, for the job. */
    private enum FileEnd {
        /** Done with, whatever its status: go on with the next. */
        NEXT,
        /** The service is stopping: give the job back. */
        SHUTDOWN,
        /** Cancelled, or taken over by another instance: leave it. */
        NOT_OURS
    }

    /** Thrown out of a reader to stop reading a file. */
    private static final class Stop extends RuntimeException {
        private final FileEnd end;

        Stop(FileEnd end, String reason) {
            super(reason, null, false, false);
            this.end = end;
        }
    }

    void run(long id, String instance) {
        ImportJobs.Job job = jobs.job(id).orElse(null);
        if (job == null) {
            return;
        }
        ImportOptions options;
        try {
            options = ImportOptions.of(json.readValue(job.request(), AisImportRequest.class));
        } catch (RuntimeException e) {
            jobs.end(id, instance, "failed", "the stored request cannot be read: " + e.getMessage());
            return;
        }
        ImportFilter filter = options.filter();
        ArchiveFormat.FileReader reader = options.reader();
        try {
            for (ImportJobs.OpenFile file : jobs.openFiles(id)) {
                FileEnd end = importFile(id, instance, options, reader, filter, file);
                if (end == FileEnd.SHUTDOWN) {
                    jobs.release(id, instance);
                    log.info("Import {} given back at file {}: the service is stopping", id, file.seq());
                    return;
                }
                if (end == FileEnd.NOT_OURS) {
                    log.info("Import {} stopped at file {}: cancelled or taken over", id, file.seq());
                    return;
                }
            }
            finish(id, instance);
        } catch (RuntimeException e) {
            log.error("Import {} failed", id, e);
            jobs.end(id, instance, "failed", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void finish(long id, String instance) {
        long[] outcomes = jobs.fileOutcomes(id);
        long completed = outcomes[0];
        long missing = outcomes[1];
        long failed = outcomes[2];
        if (completed == 0) {
            jobs.end(id, instance, "failed", "no file could be read: " + missing + " missing, " + failed + " failed");
        } else if (missing + failed > 0) {
            jobs.end(
                    id,
                    instance,
                    "completed",
                    missing + " file(s) missing and " + failed + " failed of " + (completed + missing + failed)
                            + ": see the files");
        } else {
            jobs.end(id, instance, "completed", null);
        }
        log.info("Import {} ended: {} file(s) read, {} missing, {} failed", id, completed, missing, failed);
    }

    private FileEnd importFile(
            long id,
            String instance,
            ImportOptions options,
            ArchiveFormat.FileReader reader,
            ImportFilter filter,
            ImportJobs.OpenFile file) {
        Path downloaded = null;
        try {
            Path local;
            String name;
            if (file.day() != null) {
                name = URI.create(file.location()).getPath().replaceFirst(".*/", "");
                downloaded = settings.downloadDirectory().resolve("import-" + id + "-" + file.seq() + "-" + name);
                FileEnd fetched = download(id, instance, file, downloaded);
                if (fetched != null) {
                    return fetched;
                }
                local = downloaded;
            } else {
                try {
                    local = files.resolve(file.location());
                } catch (IOException e) {
                    jobs.fileEnded(id, file.seq(), "failed", e.getMessage(), 0, 0);
                    return FileEnd.NEXT;
                }
                name = local.getFileName().toString();
            }
            return read(id, instance, options, reader, filter, file, local, name);
        } finally {
            if (downloaded != null) {
                try {
                    Files.deleteIfExists(downloaded);
                } catch (IOException e) {
                    log.warn("Could not remove the downloaded {}: {}", downloaded, e.getMessage());
                }
            }
        }
    }

    /** Downloads a day; null when it is on disk, else how the file ended. */
    private FileEnd download(long id, String instance, ImportJobs.OpenFile file, Path target) {
        Throttle throttle = new Throttle();
        try {
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(target);
            if (!jobs.fileDownloading(id, file.seq())) {
                return FileEnd.NOT_OURS;
            }
            ArchiveDownloads.Download download = downloads.fetch(
                    URI.create(file.location()),
                    target,
                    onDisk -> !throttle.due() || jobs.progress(id, file.seq(), instance, 0, onDisk));
            return switch (download.outcome()) {
                case FOUND -> null;
                case MISSING -> {
                    jobs.fileEnded(id, file.seq(), "missing", download.error(), 0, 0);
                    yield FileEnd.NEXT;
                }
                case FAILED -> {
                    jobs.fileEnded(id, file.seq(), "failed", download.error(), 0, download.bytes());
                    yield FileEnd.NEXT;
                }
            };
        } catch (ArchiveDownloads.Abandoned e) {
            return Thread.interrupted() ? FileEnd.SHUTDOWN : FileEnd.NOT_OURS;
        } catch (IOException e) {
            jobs.fileEnded(id, file.seq(), "failed", "cannot store the download: " + e.getMessage(), 0, 0);
            return FileEnd.NEXT;
        }
    }

    private FileEnd read(
            long id,
            String instance,
            ImportOptions options,
            ArchiveFormat.FileReader reader,
            ImportFilter filter,
            ImportJobs.OpenFile file,
            Path local,
            String name) {
        long size = size(local);
        AisBatch batch = ingestion.openImport(options.format().source(), id);
        if (!jobs.fileStarted(id, file.seq(), batch.id(), size)) {
            ingestion.close(batch, BatchOutcome.Status.INTERRUPTED, "the import was cancelled");
            return FileEnd.NOT_OURS;
        }
        FileSink sink = new FileSink(id, instance, file, batch, filter);
        BatchOutcome.Status status = BatchOutcome.Status.COMPLETED;
        String error = null;
        FileEnd end = FileEnd.NEXT;
        try (CountingInputStream in = new CountingInputStream(Files.newInputStream(local))) {
            sink.input = in;
            reader.read(name, in, sink);
        } catch (Stop stop) {
            status = BatchOutcome.Status.INTERRUPTED;
            error = stop.getMessage();
            end = stop.end;
        } catch (EOFException e) {
            status = BatchOutcome.Status.FAILED;
            error = "the file ends early (cut short); the rows before the cut were read";
        } catch (HistoryFormatException e) {
            status = BatchOutcome.Status.FAILED;
            error = "not a " + options.format().key() + " file: " + e.getMessage();
        } catch (IOException e) {
            status = BatchOutcome.Status.FAILED;
            error = "cannot read the file: " + e.getMessage();
        } catch (RuntimeException e) {
            log.error("Import {} failed on file {}", id, name, e);
            status = BatchOutcome.Status.FAILED;
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        boolean written = batch.awaitWritten();
        if (written) {
            jobs.committed(id, file.seq(), sink.rows);
        } else if (status == BatchOutcome.Status.COMPLETED) {
            status = BatchOutcome.Status.FAILED;
            error = "some rows could not be written (see rejected write_failed); importing the file again adds them";
        }
        BatchOutcome outcome = ingestion.close(batch, status, error);
        long bytes = sink.input == null ? 0 : sink.input.count();
        if (end == FileEnd.NEXT) {
            jobs.fileEnded(
                    id,
                    file.seq(),
                    status == BatchOutcome.Status.COMPLETED ? "completed" : "failed",
                    error,
                    sink.rows,
                    bytes);
        } else {
            jobs.fileInterrupted(id, file.seq(), sink.rows, bytes);
        }
        log.info(
                "Import {} file {} ({}): {} rows, {} positions stored, {} duplicates, {} rejected, {} skipped{}",
                id,
                file.seq(),
                name,
                sink.rows,
                outcome.positionsStored(),
                outcome.duplicates(),
                outcome.rejectedTotal(),
                outcome.skippedTotal(),
                error == null ? "" : ": " + error);
        return end;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** True at most once a second. */
    private static final class Throttle {
        private long last = System.nanoTime();

        boolean due() {
            long now = System.nanoTime();
            if (now - last < PROGRESS_NANOS) {
                return false;
            }
            last = now;
            return true;
        }
    }

    /**
     * Between a reader and the batch: counts rows, filters them, passes over those a previous attempt committed, and
     * checkpoints. Called from the reading thread only.
     */
    private final class FileSink implements AisMessageSink {

        private final long id;
        private final String instance;
        private final ImportJobs.OpenFile file;
        private final AisBatch batch;
        private final ImportFilter filter;
        private final Throttle throttle = new Throttle();
        private CountingInputStream input;
        private long rows;
        private long sinceCheckpoint;

        FileSink(long id, String instance, ImportJobs.OpenFile file, AisBatch batch, ImportFilter filter) {
            this.id = id;
            this.instance = instance;
            this.file = file;
            this.batch = batch;
            this.filter = filter;
        }

        @Override
        public void accept(AisDecoding decoding) {
            // the filter sees the rows passed over too, so that thinning resumes in the state it had
            AisDecoding kept = filter.apply(decoding);
            if (rows++ < file.rowsCommitted()) {
                return;
            }
            if (++sinceCheckpoint >= settings.checkpointRows()) {
                sinceCheckpoint = 0;
                if (batch.awaitWritten()) {
                    jobs.committed(id, file.seq(), rows - 1);
                }
            }
            batch.accept(kept);
            if ((rows & 1023) == 0) {
                check();
            }
        }

        private void check() {
            if (Thread.interrupted()) {
                throw new Stop(FileEnd.SHUTDOWN, AisIngestion.SHUTDOWN);
            }
            if (throttle.due() && !jobs.progress(id, file.seq(), instance, rows, bytes())) {
                throw new Stop(FileEnd.NOT_OURS, "the import was cancelled or taken over by another instance");
            }
        }

        private long bytes() {
            InputStream in = input;
            return in == null ? 0 : input.count();
        }
    }
}
