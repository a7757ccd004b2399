package com.maritimealphaflow.aggregation.regions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** The cells that stand for the regions' boxes in the positions' query. */
class RegionPositionsTest {

    @Test
    void everyPointOfABoxLiesInACellOfTheQueryAndFarPointsDoNot() {
        Envelope box = new Envelope(-150.3, -149.55, -0.6, 1.4);
        Set<Integer> cells = cells(RegionPositions.boxes(List.of(box)));

        for (double lat = -0.6; lat <= 1.4; lat += 0.01) {
            for (double lon = -150.3; lon <= -149.55; lon += 0.01) {
                assertThat(cells).contains(cellOf(lat, lon));
            }
        }
        assertThat(cells).doesNotContain(cellOf(2.0, -149.9), cellOf(0.5, -151.0), cellOf(-1.0, -149.9));
        // four columns of quarter degrees (-150.5 to -149.5) by nine rows (-0.75 to 1.5)
        assertThat(cells).hasSize(4 * 9);
    }

    @Test
    void boxesAtTheEdgesOfTheWorldStayWithinIt() {
        Set<Integer> cells = cells(RegionPositions.boxes(List.of(new Envelope(179.5, 181.0, 89.5, 91.0))));

        assertThat(cells).contains(cellOf(90.0, 180.0), cellOf(89.6, 179.6));
    }

    /** The cell the SQL computes for a position: floor(lat × 4), floor(lon × 4). */
    private static int cellOf(double lat, double lon) {
        return RegionPositions.cell((int) Math.floor(lat * 4), (int) Math.floor(lon * 4));
    }

    private static Set<Integer> cells(String sql) {
        String list = sql.substring(sql.indexOf("'{") + 2, sql.indexOf("}'"));
        return Arrays.stream(list.split(",")).map(Integer::valueOf).collect(Collectors.toSet());
    }
}
