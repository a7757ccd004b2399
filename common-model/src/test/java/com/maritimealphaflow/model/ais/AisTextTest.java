package com.maritimealphaflow.model.ais;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AisTextTest {

    @Test
    void trimsSixBitPaddingAndSpaces() {
        assertThat(AisText.clean("EVER GIVEN@@@@@@@@@@")).isEqualTo("EVER GIVEN");
        assertThat(AisText.clean("  ROTTERDAM   ")).isEqualTo("ROTTERDAM");
        assertThat(AisText.clean("NL  RTM@@@ XX")).isEqualTo("NL RTM");
    }

    @Test
    void emptyAfterCleaningIsNull() {
        assertThat(AisText.clean("@@@@@@@")).isNull();
        assertThat(AisText.clean("   ")).isNull();
        assertThat(AisText.clean(null)).isNull();
    }
}
