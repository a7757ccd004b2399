package com.maritimealphaflow.model.ais;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VesselCategoryTest {

    @ParameterizedTest(name = "ship type {0} is {1}")
    @CsvSource({
        "70, CARGO",
        "79, CARGO",
        "80, TANKER",
        "89, TANKER",
        "60, PASSENGER",
        "69, PASSENGER",
        "30, FISHING",
        "31, TUG",
        "32, TUG",
        "52, TUG",
        "40, HIGH_SPEED_CRAFT",
        "49, HIGH_SPEED_CRAFT",
        "36, PLEASURE",
        "37, PLEASURE",
        "35, MILITARY",
        "55, MILITARY",
        "0, UNKNOWN",
        "1, OTHER",
        "33, OTHER",
        "50, OTHER",
        "51, OTHER",
        "59, OTHER",
        "90, OTHER",
        "99, OTHER",
        "100, OTHER"
    })
    void mapsShipTypeCodesToTheCategoriesOfTheArchitecture(int code, VesselCategory expected) {
        assertThat(VesselCategory.ofShipType(code)).isEqualTo(expected);
    }

    @Test
    void aVesselWithoutStaticDataIsUnknown() {
        assertThat(VesselCategory.ofShipType(null)).isEqualTo(VesselCategory.UNKNOWN);
    }

    @Test
    void parsesKeysCaseInsensitivelyAndNamesAnUnknownOne() {
        assertThat(VesselCategory.fromKey("High_Speed_Craft")).isEqualTo(VesselCategory.HIGH_SPEED_CRAFT);
        assertThatThrownBy(() -> VesselCategory.fromKey("submarine")).hasMessageContaining("submarine");
    }
}
