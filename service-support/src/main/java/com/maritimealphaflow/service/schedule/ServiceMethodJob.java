package com.maritimealphaflow.service.schedule;

import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * The shape of every scheduled job: it calls one method of a service, and a failure is reported to Quartz (which logs
 * it) without refiring, since the next fire time tries again. Subclasses implement {@link #call} as that one call; an
 * interruption ends the job quietly with the thread's flag restored.
 */
public abstract class ServiceMethodJob implements Job {

    @Override
    public final void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            call(context);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (JobExecutionException e) {
            throw e;
        } catch (Exception e) {
            throw new JobExecutionException(e.getMessage(), e, false);
        }
    }

    /** The one service call this job makes. */
    protected abstract void call(JobExecutionContext context) throws Exception;
}
