package com.maritimealphaflow.ingestion.ais.imports;

import com.maritimealphaflow.service.retry.Backoff;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Downloads one day of an archive to a file, resuming where a dropped connection stopped: the next attempt asks for
 * the rest ({@code Range: bytes=N-}) and appends it when the server answers 206, or starts over when it sends the
 * whole file again. A connection that delivers nothing for the read timeout counts as dropped. A 404 or 410 means the
 * archive has no file for that day, which is not retried; other errors are, with backoff, up to the configured number
 * of attempts that made no progress.
 */
@Component
class ArchiveDownloads {

    private static final Logger log = LoggerFactory.getLogger(ArchiveDownloads.class);
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");
    private static final int BUFFER = 1 << 16;

    private final AisImportProperties settings;

    ArchiveDownloads(AisImportProperties settings) {
        this.settings = settings;
    }

    /** How a download ended. */
    record Download(Outcome outcome, long bytes, String error) {
        enum Outcome {
            FOUND,
            MISSING,
            FAILED
        }
    }

    /** Thrown to stop a download whose job ended meanwhile (cancelled, taken over, or the service stopping). */
    static final class Abandoned extends IOException {
        Abandoned() {
            super("the import stopped");
        }
    }

    /** Wants to know whether to go on between two buffers, and how many bytes are on disk. */
    interface Progress {
        boolean goOn(long bytesOnDisk);
    }

    /**
     * Fetches {@code uri} into {@code target} (created or resumed).
     *
     * @throws Abandoned if {@code progress} says to stop, or the thread is interrupted
     */
    Download fetch(URI uri, Path target, Progress progress) throws Abandoned {
        Backoff backoff = new Backoff(settings.downloadRetry());
        int failures = 0;
        String lastError = null;
        while (true) {
            long before = size(target);
            try {
                Download done = attempt(uri, target, progress);
                if (done != null) {
                    return done;
                }
                lastError = "the connection ended before the whole file arrived";
            } catch (Abandoned e) {
                throw e;
            } catch (IOException e) {
                lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            if (size(target) > before) {
                failures = 0;
                backoff.reset();
            }
            failures++;
            if (failures >= settings.downloadAttempts()) {
                return new Download(
                        Download.Outcome.FAILED, size(target), "gave up after " + failures + " attempts: " + lastError);
            }
            Duration wait = backoff.next();
            log.warn(
                    "Download of {} stopped at {} bytes ({}); resuming in {} ms",
                    uri,
                    size(target),
                    lastError,
                    wait.toMillis());
            sleep(wait);
        }
    }

    /** One request: the finished download, or null when the body ended early (the caller resumes). */
    private Download attempt(URI uri, Path target, Progress progress) throws IOException {
        long have = size(target);
        HttpURLConnection http = (HttpURLConnection) uri.toURL().openConnection();
        try {
            http.setConnectTimeout((int) settings.connectTimeout().toMillis());
            http.setReadTimeout((int) settings.readTimeout().toMillis());
            http.setInstanceFollowRedirects(true);
            http.setRequestProperty("Accept-Encoding", "identity");
            if (have > 0) {
                http.setRequestProperty("Range", "bytes=" + have + "-");
            }
            int status = http.getResponseCode();
            if (status == 404 || status == 410) {
                return new Download(Download.Outcome.MISSING, 0, "the archive has no such file (HTTP " + status + ")");
            }
            if (status == 416 && have > 0) {
                // asked past the end: what is on disk is the whole file
                return new Download(Download.Outcome.FOUND, have, null);
            }
            long expected;
            boolean append;
            if (status == 206) {
                Matcher range = CONTENT_RANGE.matcher(String.valueOf(http.getHeaderField("Content-Range")));
                if (!range.matches() || Long.parseLong(range.group(1)) != have) {
                    throw new IOException("the server sent a range that does not continue the file: "
                            + http.getHeaderField("Content-Range"));
                }
                expected = range.group(3).equals("*") ? -1 : Long.parseLong(range.group(3));
                append = true;
            } else if (status == 200) {
                expected = http.getContentLengthLong();
                append = false;
            } else if (status >= 400 && status < 500 && status != 408 && status != 429) {
                return new Download(Download.Outcome.FAILED, have, "HTTP " + status + " for " + uri);
            } else {
                throw new IOException("HTTP " + status);
            }
            long onDisk = copy(http.getInputStream(), target, append, progress);
            if (expected >= 0 && onDisk < expected) {
                return null;
            }
            return new Download(Download.Outcome.FOUND, onDisk, null);
        } finally {
            http.disconnect();
        }
    }

    private static long copy(InputStream body, Path target, boolean append, Progress progress) throws IOException {
        long onDisk = append ? size(target) : 0;
        try (InputStream in = body;
                OutputStream out = Files.newOutputStream(
                        target,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE,
                        append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
            byte[] buffer = new byte[BUFFER];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                onDisk += n;
                if (Thread.currentThread().isInterrupted() || !progress.goOn(onDisk)) {
                    throw new Abandoned();
                }
            }
        }
        return onDisk;
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void sleep(Duration wait) throws Abandoned {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Abandoned();
        }
    }
}
