package com.maritimealphaflow.aggregation.jobs;

import com.maritimealphaflow.aggregation.regions.RegionRebuild;
import com.maritimealphaflow.service.schedule.ServiceMethodJob;
import java.util.List;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recomputes the events and series of regions drawn or edited since they were derived, and forgets the detector
 * states of vessels long gone.
 */
@DisallowConcurrentExecution
public class EditedRegionsJob extends ServiceMethodJob {

    private static final Logger log = LoggerFactory.getLogger(EditedRegionsJob.class);

    private final RegionRebuild rebuild;

    public EditedRegionsJob(RegionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Override
    protected void call(JobExecutionContext context) throws Exception {
        log.debug("Looking for regions drawn or edited since they were derived");
        List<Long> done = rebuild.recomputeEdited();
        int pruned = rebuild.pruneTracks();
        if (!done.isEmpty() || pruned > 0) {
            log.info("Regions recomputed: {}; vessel tracks forgotten: {}", done, pruned);
        }
    }
}
