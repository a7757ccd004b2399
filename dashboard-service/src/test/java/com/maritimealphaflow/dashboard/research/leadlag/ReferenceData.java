package com.maritimealphaflow.dashboard.research.leadlag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The fixed series of {@code series.csv} (next to {@code reference.py}, which made them and prints the statsmodels
 * values that the tests assert).
 */
final class ReferenceData {

    /** Relative tolerance for statistics; p-values use {@link #P_VALUE}. */
    static final double STATISTIC = 1e-6;

    static final double P_VALUE = 1e-4;

    private static final double[][] COLUMNS = load();

    private ReferenceData() {}

    /** AR(1) noise, the cause. */
    static double[] x() {
        return COLUMNS[0].clone();
    }

    /** {@code 0.4 x_{t-2}} plus noise. */
    static double[] y() {
        return COLUMNS[1].clone();
    }

    /** A Gaussian random walk. */
    static double[] walk() {
        return COLUMNS[2].clone();
    }

    /** A unit root whose differences are AR(2). */
    static double[] ari() {
        return COLUMNS[3].clone();
    }

    static void assertClose(double actual, double expected, double relative) {
        assertThat(actual).isCloseTo(expected, offset(relative * Math.abs(expected)));
    }

    static void assertClose(double[] actual, double[] expected, double relative) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("element %d", i).isCloseTo(expected[i], offset(relative * Math.abs(expected[i])));
        }
    }

    private static double[][] load() {
        try (InputStream in = ReferenceData.class.getResourceAsStream("series.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .toList();
            double[][] columns = new double[4][lines.size()];
            for (int row = 0; row < lines.size(); row++) {
                double[] values = Arrays.stream(lines.get(row).split(","))
                        .mapToDouble(Double::parseDouble)
                        .toArray();
                for (int column = 0; column < columns.length; column++) {
                    columns[column][row] = values[column];
                }
            }
            return columns;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
