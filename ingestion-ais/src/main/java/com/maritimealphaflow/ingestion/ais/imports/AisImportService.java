package com.maritimealphaflow.ingestion.ais.imports;

import com.maritimealphaflow.service.BadRequestException;
import com.maritimealphaflow.service.NotFoundException;
import com.maritimealphaflow.service.jobs.JobStatuses;
import com.maritimealphaflow.service.text.Echo;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * AIS imports requested over the API: checked (a bad parameter is a 400 naming it, before anything is stored), stored
 * as {@code queued} with their files and handed to the runner; read back with their progress; cancelled.
 */
@Service
public class AisImportService {

    static final Set<String> STATUSES = JobStatuses.ALL;

    private final ImportJobs jobs;
    private final ImportViews views;
    private final ImportRunner runner;
    private final ImportFiles files;
    private final AisImportProperties settings;
    private final JsonMapper json;
    private final Clock clock;

    AisImportService(
            ImportJobs jobs,
            ImportViews views,
            ImportRunner runner,
            ImportFiles files,
            AisImportProperties settings,
            JsonMapper json,
            Clock clock) {
        this.jobs = jobs;
        this.views = views;
        this.runner = runner;
        this.files = files;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    public AisImport request(AisImportRequest request) {
        if (request == null) {
            throw new BadRequestException(
                    null, "the body must be a JSON object with source and either files or from and to");
        }
        ImportOptions options = ImportOptions.of(request);
        boolean named = request.files() != null;
        boolean dated = request.from() != null || request.to() != null;
        if (named == dated) {
            throw new BadRequestException(
                    named ? "from" : "files",
                    "name either 'files' (paths under the import directory) or 'from' and 'to' (days to download),"
                            + " not both");
        }
        List<ImportJobs.PlannedFile> planned = named ? onDisk(request.files()) : days(options.format(), request);
        AisImportRequest stored = new AisImportRequest(
                options.format().key(),
                named ? planned.stream().map(ImportJobs.PlannedFile::location).toList() : null,
                request.from(),
                request.to(),
                request.boundingBoxes(),
                options.categories().stream().map(c -> c.key()).sorted().toList(),
                options.thinSeconds(),
                request.mapping());
        long id = jobs.insert(options.format().key(), text(stored), planned);
        AisImport queued = get(id);
        runner.wake();
        return queued;
    }

    public AisImport get(long id) {
        return views.find(id).orElseThrow(() -> new NotFoundException("There is no AIS import " + id));
    }

    public List<AisImport> recent(int limit, String status) {
        JobStatuses.check(status);
        return views.recent(limit, status);
    }

    /** Cancels a queued or running import; one that has ended already is a conflict. */
    public AisImport cancel(long id) {
        AisImport current = get(id);
        if (!jobs.cancel(id)) {
            throw new ImportEndedException(id, current.status());
        }
        return get(id);
    }

    private List<ImportJobs.PlannedFile> onDisk(List<String> requested) {
        if (requested.isEmpty()) {
            throw new BadRequestException("files", "'files' is empty: name at least one file or directory");
        }
        if (requested.size() > settings.maxFiles()) {
            throw new BadRequestException("files", "at most " + settings.maxFiles() + " files per import");
        }
        List<ImportJobs.PlannedFile> planned = new ArrayList<>();
        for (String file : files.expand(requested)) {
            Long size;
            try {
                size = Files.size(files.resolve(file));
            } catch (IOException e) {
                size = null;
            }
            planned.add(new ImportJobs.PlannedFile(file, null, size));
        }
        return planned;
    }

    private List<ImportJobs.PlannedFile> days(ArchiveFormat format, AisImportRequest request) {
        if (!format.downloadable()) {
            throw new BadRequestException(
                    "from",
                    format.key() + " archives have no public address to download days from: name 'files' instead");
        }
        LocalDate from = day("from", request.from());
        LocalDate to = day("to", request.to());
        if (to.isBefore(from)) {
            throw new BadRequestException("to", "'to' (" + to + ") is before 'from' (" + from + ")");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (!to.isBefore(today)) {
            throw new BadRequestException(
                    "to", "'to' (" + to + ") must be a past day: archives publish a day after it ends");
        }
        long count = ChronoUnit.DAYS.between(from, to) + 1;
        if (count > settings.maxDays()) {
            throw new BadRequestException(
                    "to", "at most " + settings.maxDays() + " days per import; this range has " + count);
        }
        String pattern = format == ArchiveFormat.NOAA ? settings.noaaUrl() : settings.dmaUrl();
        List<ImportJobs.PlannedFile> planned = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            planned.add(new ImportJobs.PlannedFile(DayUrls.of(pattern, day), day, null));
        }
        return planned;
    }

    private static LocalDate day(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException(parameter, "'" + parameter + "' is required with a date range: yyyy-MM-dd");
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (day.getYear() < 2000) {
                throw new BadRequestException(parameter, "'" + parameter + "' (" + day + ") is before AIS archives");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new BadRequestException(
                    parameter, "'" + parameter + "' ('" + Echo.quoted(value) + "') is not a date: yyyy-MM-dd");
        }
    }

    private String text(AisImportRequest request) {
        try {
            return json.writeValueAsString(request);
        } catch (JacksonException e) {
            throw new IllegalStateException(e);
        }
    }
}
