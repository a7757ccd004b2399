package com.maritimealphaflow.ingestion.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What Linux's {@code /proc} and a JVM's GC log say about processes the benchmark started or uses. Linux only. */
final class ProcessMeasures {

    /** USER_HZ: the unit of /proc's CPU times, 100 on every Linux the project runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private static final Pattern VM_HWM = Pattern.compile("(?m)^VmHWM:\\s+(\\d+) kB");
    /** A serial-collector pause in {@code -Xlog:gc}: {@code Pause Young (Allocation Failure) 60M->21M(94M) 4.512ms}. */
    private static final Pattern PAUSE = Pattern.compile("Pause (\\w+) .*?(\\d+)M->(\\d+)M\\((\\d+)M\\) ([\\d.]+)ms");

    private ProcessMeasures() {}

    /** CPU seconds a process has used so far, user and system, its waited-for children included. */
    static double cpuSeconds(long pid) {
        String[] fields = stat(Path.of("/proc", Long.toString(pid), "stat"));
        return fields == null ? 0 : ticks(fields) / TICKS_PER_SECOND;
    }

    /**
     * CPU seconds used so far by PostgreSQL's processes on this host: those serving {@code database} (backends,
     * autovacuum workers), and all of them (the postmaster's waited-for children, the WAL writer, checkpointer and
     * background writer, and the backends of other databases).
     */
    static PostgresCpu postgresCpu(String database) {
        double mine = 0;
        double all = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.toList()) {
                if (!process.getFileName().toString().chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String[] fields = stat(process.resolve("stat"));
                if (fields == null || !"(postgres)".equals(fields[1])) {
                    continue;
                }
                double seconds = ticks(fields) / TICKS_PER_SECOND;
                all += seconds;
                if ((commandLine(process) + " ").contains(" " + database + " ")) {
                    mine += seconds;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PostgresCpu(mine, all);
    }

    record PostgresCpu(double database, double all) {
        PostgresCpu minus(PostgresCpu earlier) {
            return new PostgresCpu(database - earlier.database, all - earlier.all);
        }
    }

    /** The process's peak resident size so far (VmHWM), in MiB; 0 if it is gone. */
    static double peakResidentMib(long pid) {
        try {
            Matcher m = VM_HWM.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
            return m.find() ? Long.parseLong(m.group(1)) / 1024.0 : 0;
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The heap as the serial collector's {@code -Xlog:gc} reports it at each pause.
     *
     * @param peakUsedMib the most heap in use, seen just before a collection (garbage not yet collected included)
     * @param peakAfterMib the most still in use after a collection: an upper bound of the live data (what young
     *     collections promote stays until the next full collection)
     * @param peakAfterFullMib the most in use after a full collection (0 if there was none): the live data
     * @param peakCommittedMib the largest the heap grew to (at most -Xmx)
     */
    record GcLog(
            int pauses,
            int fullPauses,
            double pauseSeconds,
            long peakUsedMib,
            long peakAfterMib,
            long peakAfterFullMib,
            long peakCommittedMib) {

        static GcLog read(Path file) throws IOException {
            int pauses = 0;
            int full = 0;
            double pauseSeconds = 0;
            long used = 0;
            long after = 0;
            long afterFull = 0;
            long committed = 0;
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines) {
                Matcher m = PAUSE.matcher(line);
                if (!m.find()) {
                    continue;
                }
                pauses++;
                long afterThis = Long.parseLong(m.group(3));
                if ("Full".equals(m.group(1))) {
                    full++;
                    afterFull = Math.max(afterFull, afterThis);
                }
                used = Math.max(used, Long.parseLong(m.group(2)));
                after = Math.max(after, afterThis);
                committed = Math.max(committed, Long.parseLong(m.group(4)));
                pauseSeconds += Double.parseDouble(m.group(5)) / 1000;
            }
            return new GcLog(pauses, full, pauseSeconds, used, after, afterFull, committed);
        }
    }

    private static String[] stat(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            // the command name is in parentheses and may hold spaces: split after it
            int close = text.lastIndexOf(')');
            String[] rest = text.substring(close + 2).trim().split(" ");
            String[] fields = new String[rest.length + 2];
            fields[0] = text.substring(0, text.indexOf(' '));
            fields[1] = text.substring(text.indexOf(' ') + 1, close + 1);
            System.arraycopy(rest, 0, fields, 2, rest.length);
            return fields;
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            // a process that ended while it was read
            return null;
        }
    }

    /** utime, stime, cutime, cstime: fields 14-17 of /proc/PID/stat. */
    private static long ticks(String[] fields) {
        return Long.parseLong(fields[13])
                + Long.parseLong(fields[14])
                + Long.parseLong(fields[15])
                + Long.parseLong(fields[16]);
    }

    private static String commandLine(Path process) {
        try {
            return new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }
}
