package com.maritimealphaflow.testsupport;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The memory budget of the deployment (docs/decisions/0009-small-vm.md): the stack fits a 2 GB VM with room to spare,
 * each JVM's container leaves room beside its heap, and PostgreSQL accepts every connection the services' pools may
 * open. Problems go to the list given, one readable line each.
 */
final class MemoryBudget {

    /** PostgreSQL and the four services together. */
    static final long STACK_MB = 1536;
    /** One service's container. */
    static final long SERVICE_MAX_MB = 352;
    /**
     * What a JVM holds beside its heap: class data (archive and metaspace), compiled code, threads and native memory
     * measured 100-110 MB for the services with only C1 and about 190 MB for the dashboard with C2.
     */
    static final long BESIDE_HEAP_MB = 128;
    /** Connections beside the pools: PostgreSQL's 3 reserved for superusers, the aggregation service's LISTEN, psql. */
    static final int CONNECTIONS_BESIDE_POOLS = 5;

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)b?");
    private static final Pattern MAX_HEAP = Pattern.compile("(?m)^\\s*-Xmx(\\S+)");
    private static final Pattern SETTING = Pattern.compile("([a-z_]+)=(\\S+)");

    private final List<String> problems;
    private long totalMb;
    private int pooledConnections;
    private String database;
    private Integer maxConnections;

    MemoryBudget(List<String> problems) {
        this.problems = problems;
    }

    /**
     * A service: its container's limit (null when it has none, reported elsewhere), the text of the JVM options files
     * its image gets (null if none) and their names, and the most connections its pool opens.
     */
    void service(String name, Object limit, String jvmOptions, String optionsFiles, int poolSize) {
        pooledConnections += poolSize;
        Long limitMb = limit == null ? null : add(name, limit);
        if (limitMb != null && limitMb > SERVICE_MAX_MB) {
            problems.add(
                    name + ": mem_limit " + limitMb + " MB is over the " + SERVICE_MAX_MB + " MB a service may have");
        }
        Matcher heap = jvmOptions == null ? null : MAX_HEAP.matcher(jvmOptions);
        String maxHeap = null;
        while (heap != null && heap.find()) {
            maxHeap = heap.group(1); // the JVM takes the last one
        }
        if (maxHeap == null) {
            problems.add(name + ": no maximum heap (-Xmx) in " + optionsFiles);
            return;
        }
        Long heapMb = megabytes(maxHeap);
        if (heapMb == null) {
            problems.add(name + ": cannot read the heap size -Xmx" + maxHeap + " in " + optionsFiles);
        } else if (limitMb != null && limitMb - heapMb < BESIDE_HEAP_MB) {
            problems.add(name + ": mem_limit " + limitMb + " MB leaves " + (limitMb - heapMb)
                    + " MB beside the heap (-Xmx" + maxHeap + " in " + optionsFiles + "), less than the "
                    + BESIDE_HEAP_MB + " MB a JVM needs there");
        }
    }

    /** PostgreSQL: its container's limit and the {@code -c name=value} settings of its command. */
    void database(String name, Object limit, List<?> command) {
        database = name;
        Long limitMb = limit == null ? null : add(name, limit);
        for (Object word : command) {
            Matcher setting = SETTING.matcher(String.valueOf(word));
            if (!setting.matches()) {
                continue;
            }
            if (setting.group(1).equals("max_connections")) {
                maxConnections = Integer.valueOf(setting.group(2));
            } else if (setting.group(1).equals("shared_buffers") && limitMb != null) {
                String value = setting.group(2);
                // without a unit, PostgreSQL counts 8 kB pages
                Long buffersMb = value.matches("\\d+") ? Long.parseLong(value) * 8 / 1024 : megabytes(value);
                if (buffersMb != null && buffersMb > limitMb / 3) {
                    problems.add(name + ": shared_buffers " + setting.group(2) + " is over a third of its mem_limit ("
                            + limitMb + " MB): backends, autovacuum and sorts need the rest");
                }
            }
        }
    }

    /** The checks of the whole stack, once every service and the database are in. */
    void finish() {
        if (totalMb > STACK_MB) {
            problems.add(
                    "memory limits add up to " + totalMb + " MB, over the " + STACK_MB + " MB budget of the stack");
        }
        int needed = pooledConnections + CONNECTIONS_BESIDE_POOLS;
        if (database != null && maxConnections != null && maxConnections < needed) {
            problems.add(database + ": max_connections " + maxConnections + " is below the " + needed
                    + " the services' pools may open (" + pooledConnections + ") and " + CONNECTIONS_BESIDE_POOLS
                    + " more");
        }
    }

    /** The pool size Spring Boot gives Hikari when application.yml doesn't set one. */
    static int poolSize(Map<String, Object> applicationYml) {
        Object size = map(map(
                        map(map(applicationYml.get("spring")).get("datasource")).get("hikari")))
                .get("maximum-pool-size");
        return size == null ? 10 : Integer.parseInt(String.valueOf(size));
    }

    private Long add(String name, Object limit) {
        Long mb = megabytes(String.valueOf(limit));
        if (mb == null) {
            problems.add(name + ": cannot read mem_limit " + limit);
            return null;
        }
        totalMb += mb;
        return mb;
    }

    /** Sizes as Docker, the JVM and PostgreSQL write them (512m, 1g, 96MB, 8192kB), in MB of 1,024 kB; null if not one. */
    static Long megabytes(String size) {
        Matcher m = SIZE.matcher(size.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        double value = Double.parseDouble(m.group(1));
        double mb =
                switch (m.group(2)) {
                    case "" -> value / (1024 * 1024);
                    case "k" -> value / 1024;
                    case "m" -> value;
                    case "g" -> value * 1024;
                    default -> value * 1024 * 1024;
                };
        return Math.round(mb);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
