package com.maritimealphaflow.ingestion.ais.history.csv;

import com.maritimealphaflow.ingestion.ais.AisDecoding;

/** Decodes the rows of one file, whose header it has read; throws {@link BadValue} for a row it cannot use. */
@FunctionalInterface
interface RowDecoder {

    AisDecoding decode(CsvRow row);
}
