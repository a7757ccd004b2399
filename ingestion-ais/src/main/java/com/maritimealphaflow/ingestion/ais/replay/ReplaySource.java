package com.maritimealphaflow.ingestion.ais.replay;

import com.maritimealphaflow.ingestion.ais.AisMessageSink;
import com.maritimealphaflow.ingestion.ais.AisProperties;
import com.maritimealphaflow.ingestion.ais.AisSource;
import com.maritimealphaflow.ingestion.ais.AisSourceException;
import com.maritimealphaflow.ingestion.ais.StreamControl;
import com.maritimealphaflow.ingestion.ais.aisstream.AisstreamMessageDecoder;
import com.maritimealphaflow.ingestion.ais.nmea.NmeaDecoder;
import com.maritimealphaflow.model.ais.AisSourceKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays a file of AIS messages once: aisstream.io JSON objects or NMEA sentences (with or without tag blocks), one
 * per line, mixed freely, optionally gzip-compressed ({@code .gz}). This is also how history on disk is backfilled.
 * At speed 0 it plays as fast as the database takes it; at speed s it keeps the gaps between report times, divided
 * by s.
 */
public final class ReplaySource implements AisSource {

    private static final Logger log = LoggerFactory.getLogger(ReplaySource.class);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(30);

    private final Path file;
    private final double speed;
    private final AisstreamMessageDecoder jsonDecoder;
    private final Clock clock;

    public ReplaySource(AisProperties.Replay settings, AisstreamMessageDecoder jsonDecoder, Clock clock) {
        this.file = settings.file();
        this.speed = settings.speed();
        this.jsonDecoder = jsonDecoder;
        this.clock = clock;
    }

    @Override
    public AisSourceKind kind() {
        return AisSourceKind.REPLAY;
    }

    @Override
    public boolean finite() {
        return true;
    }

    @Override
    public void stream(AisMessageSink sink, StreamControl control) throws InterruptedException {
        AisMessageSink target = speed > 0 ? new PacedSink(sink, speed, control, clock) : sink;
        NmeaDecoder nmeaDecoder = new NmeaDecoder(clock);
        long lines = 0;
        Instant nextProgress = clock.instant().plus(PROGRESS_EVERY);
        log.info(
                "Replaying {} {}",
                file,
                speed > 0 ? "at " + speed + "x the pace of its report times" : "as fast as possible");
        try (BufferedReader reader = open(file)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (control.stopRequested()) {
                    log.info("Replay of {} stopped after {} lines", file, lines);
                    break;
                }
                lines++;
                if (line.isBlank()) {
                    continue;
                }
                if (line.charAt(0) == '{') {
                    target.accept(jsonDecoder.decode(line));
                } else {
                    nmeaDecoder.decode(line, target);
                }
                if ((lines & 0xFFFF) == 0 && clock.instant().isAfter(nextProgress)) {
                    log.info("Replay of {}: {} lines so far", file, lines);
                    nextProgress = clock.instant().plus(PROGRESS_EVERY);
                }
            }
            nmeaDecoder.finish(target);
        } catch (NoSuchFileException e) {
            throw new AisSourceException("replay file not found: " + file);
        } catch (IOException e) {
            throw new AisSourceException("cannot read replay file " + file + ": " + e.getMessage(), e);
        } catch (PacedSink.Stopped stopped) {
            log.info("Replay of {} stopped after {} lines", file, lines);
            return;
        }
        log.info("Replay of {} finished: {} lines", file, lines);
    }

    private static BufferedReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
