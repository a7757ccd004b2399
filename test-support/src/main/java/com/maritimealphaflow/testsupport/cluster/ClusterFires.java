package com.maritimealphaflow.testsupport.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * Every job execution of several instances of a service sharing one clustered job store, as a test sees them: which
 * instance ran which trigger for which scheduled fire time. A trigger's fire time that ran twice anywhere in the
 * cluster is a {@linkplain #duplicates() duplicate}.
 *
 * <p>Each instance gets {@link #on(String)} as an initializer; it puts a listener on the instance's scheduler before
 * the scheduler starts, so that not even the first fire is missed.
 */
public final class ClusterFires {

    /** One execution: the instance that ran it, the trigger's {@code group.name}, the time it was scheduled for. */
    public record Fire(String instance, String trigger, Instant scheduledFor) {}

    private final List<Fire> fires = new CopyOnWriteArrayList<>();

    /** The initializer that records the executions of one instance under {@code instance}. */
    public ApplicationContextInitializer<ConfigurableApplicationContext> on(String instance) {
        return context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof SchedulerFactoryBean factory) {
                    factory.setGlobalJobListeners(new Recorder(instance));
                }
                return bean;
            }
        });
    }

    public List<Fire> fires() {
        return List.copyOf(fires);
    }

    /** Executions per trigger, across the instances. */
    public Map<String, Long> countsByTrigger() {
        return fires.stream().collect(Collectors.groupingBy(Fire::trigger, Collectors.counting()));
    }

    /** The instances that ran at least one execution of {@code trigger}. */
    public Set<String> instancesOf(String trigger) {
        return fires.stream()
                .filter(f -> f.trigger().equals(trigger))
                .map(Fire::instance)
                .collect(Collectors.toSet());
    }

    /** Trigger fire times that ran more than once, with every execution of each; empty when each ran once. */
    public Map<String, List<Fire>> duplicates() {
        return fires.stream()
                .collect(Collectors.groupingBy(f -> f.trigger() + " @ " + f.scheduledFor(), Collectors.toList()))
                .entrySet()
                .stream()
                .filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Fire times of an interval trigger that came sooner than {@code interval} after the one before: a trigger replaced
     * by an instance starting up fires at once, off the interval's grid, which no duplicate fire time shows.
     */
    public List<Fire> offTheGrid(String trigger, Duration interval) {
        List<Fire> ofTrigger = fires.stream()
                .filter(f -> f.trigger().equals(trigger))
                .sorted(Comparator.comparing(Fire::scheduledFor))
                .toList();
        List<Fire> early = new ArrayList<>();
        for (int i = 1; i < ofTrigger.size(); i++) {
            Duration gap = Duration.between(
                    ofTrigger.get(i - 1).scheduledFor(), ofTrigger.get(i).scheduledFor());
            if (!gap.isZero() && gap.compareTo(interval) < 0) {
                early.add(ofTrigger.get(i));
            }
        }
        return early;
    }

    /** Executions per trigger and the instances that ran them, for a failure message. */
    public String summary() {
        return countsByTrigger().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue() + " on " + instancesOf(e.getKey()))
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private final class Recorder implements JobListener {

        private final String instance;

        private Recorder(String instance) {
            this.instance = instance;
        }

        @Override
        public String getName() {
            return "cluster-fires-" + instance;
        }

        @Override
        public void jobToBeExecuted(JobExecutionContext context) {
            fires.add(new Fire(
                    instance,
                    context.getTrigger().getKey().toString(),
                    context.getScheduledFireTime().toInstant()));
        }

        @Override
        public void jobExecutionVetoed(JobExecutionContext context) {}

        @Override
        public void jobWasExecuted(JobExecutionContext context, JobExecutionException exception) {}
    }
}
