package com.maritimealphaflow.ingestion.ais.history.nmea;

/**
 * What reading one archive file came to; the decodings themselves went to the sink.
 *
 * @param lines non-empty lines read (every physical line, whatever became of it)
 * @param entries streams read: 1 for a plain or gzip'd file, the number of file entries for a zip
 * @param truncated whether a compressed stream ended early (a download cut short): its lines up to the cut were read
 */
public record NmeaArchiveRead(long lines, int entries, boolean truncated) {}
