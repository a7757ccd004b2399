package com.maritimealphaflow.ingestion.ticks.replay;

import com.maritimealphaflow.ingestion.ticks.TicksProperties;
import com.maritimealphaflow.service.BadRequestException;
import com.maritimealphaflow.service.NotFoundException;
import com.maritimealphaflow.service.jobs.JobStatuses;
import com.maritimealphaflow.service.text.Echo;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tick replays requested over the API: checked (a bad field is a 400 naming it, before anything is stored), stored
 * as {@code queued} with their files and handed to the runner; read back with their progress; cancelled.
 */
@Service
public class TickReplayService {

    static final Set<String> STATUSES = JobStatuses.ALL;

    private final ReplayJobs jobs;
    private final ReplayViews views;
    private final ReplayRunner runner;
    private final ReplayFiles files;
    private final TicksProperties settings;
    private final JsonMapper json;

    TickReplayService(
            ReplayJobs jobs,
            ReplayViews views,
            ReplayRunner runner,
            ReplayFiles files,
            TicksProperties settings,
            JsonMapper json) {
        this.jobs = jobs;
        this.views = views;
        this.runner = runner;
        this.files = files;
        this.settings = settings;
        this.json = json;
    }

    public TickReplay request(TickReplayRequest request) {
        if (request == null) {
            throw new BadRequestException(null, "the body must be a JSON object with 'files'");
        }
        if (request.files() == null || request.files().isEmpty()) {
            throw new BadRequestException("files", "'files' is required: paths under the replay directory");
        }
        if (request.files().size() > settings.replay().maxFiles()) {
            throw new BadRequestException(
                    "files", "at most " + settings.replay().maxFiles() + " files per replay");
        }
        Double speed = request.speed();
        if (speed != null
                && (!(speed > 0)
                        || speed.isInfinite()
                        || speed > settings.replay().maxSpeed())) {
            throw new BadRequestException(
                    "speed",
                    "'speed' must be a multiple of real time above 0 and at most "
                            + settings.replay().maxSpeed() + ", or left out to replay as fast as possible");
        }
        Duration lateness = lateness(request.allowedLateness());
        List<ReplayJobs.PlannedFile> planned = new ArrayList<>();
        for (String file : files.expand(request.files())) {
            Long size;
            try {
                size = Files.size(files.resolve(file));
            } catch (IOException e) {
                size = null;
            }
            planned.add(new ReplayJobs.PlannedFile(file, size));
        }
        TickReplayRequest stored = new TickReplayRequest(
                planned.stream().map(ReplayJobs.PlannedFile::path).toList(), speed, lateness.toString());
        long id = jobs.insert(json.writeValueAsString(stored), planned);
        TickReplay queued = get(id);
        runner.wake();
        return queued;
    }

    public TickReplay get(long id) {
        return views.find(id).orElseThrow(() -> new NotFoundException("There is no tick replay " + id));
    }

    public List<TickReplay> recent(int limit, String status) {
        JobStatuses.check(status);
        return views.recent(limit, status);
    }

    /** Cancels a queued or running replay; one that has ended already is a conflict. */
    public TickReplay cancel(long id) {
        TickReplay current = get(id);
        if (!jobs.cancel(id)) {
            throw new ReplayEndedException(id, current.status());
        }
        return get(id);
    }

    private Duration lateness(String text) {
        if (text == null) {
            return settings.allowedLateness();
        }
        Duration lateness;
        try {
            lateness = Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(
                    "allowedLateness",
                    "'allowedLateness' ('" + Echo.quoted(text) + "') is not an ISO-8601 duration such as PT1M");
        }
        if (lateness.isNegative() || lateness.compareTo(settings.maxAllowedLateness()) > 0) {
            throw new BadRequestException(
                    "allowedLateness", "'allowedLateness' must be between PT0S and " + settings.maxAllowedLateness());
        }
        return lateness;
    }
}
