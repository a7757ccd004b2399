package com.maritimealphaflow.aggregation.shipcounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.model.ais.VesselCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShipTypeRangesTest {

    private final ShipTypeRanges ranges = ShipTypeRanges.ofVesselCategories();

    @Test
    void coversEverySmallintCodeOnceWithTheCategoryTheJavaMappingGives() {
        List<ShipTypeRanges.Range> list = ranges.ranges();
        assertThat(list.get(0).firstCode()).isEqualTo(Short.MIN_VALUE);
        assertThat(list.get(list.size() - 1).lastCode()).isEqualTo(Short.MAX_VALUE);
        for (int i = 1; i < list.size(); i++) {
            assertThat(list.get(i).firstCode()).isEqualTo(list.get(i - 1).lastCode() + 1);
        }
        for (ShipTypeRanges.Range range : list) {
            for (int code = range.firstCode(); code <= range.lastCode(); code++) {
                assertThat(range.category()).as("code %d", code).isEqualTo(VesselCategory.ofShipType(code));
            }
        }
    }

    @Test
    void aVesselWithoutATypeIsUnknownAsInJava() {
        assertThat(ranges.unknown()).isEqualTo(VesselCategory.ofShipType(null)).isEqualTo(VesselCategory.UNKNOWN);
    }

    @Test
    void writesTheRangesAsAValuesListForSql() {
        assertThat(ranges.valuesSql())
                .startsWith("(VALUES (-32768, -1, 'other'), (0, 0, 'unknown'), (1, 29, 'other'), (30, 30, 'fishing')")
                .contains("(70, 79, 'cargo'), (80, 89, 'tanker')")
                .endsWith("(90, 32767, 'other'))");
    }
}
