package com.maritimealphaflow.ingestion.market.reference;

import java.sql.Array;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Instruments, dividends, splits and order book snapshots: JDBC batches of idempotent upserts (the connection
 * rewrites them into multi-row inserts, {@code reWriteBatchedInserts}).
 */
@Repository
public class ReferenceStore {

    private final JdbcTemplate jdbc;

    public ReferenceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int upsertInstruments(List<Instrument> instruments, Instant updatedAt) {
        int[][] counts = jdbc.batchUpdate(
                """
                INSERT INTO market_instrument (source, symbol, name, market, status, base_asset, quote_asset, currency,
                    primary_exchange, type, permissions, details, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
                ON CONFLICT (source, symbol) DO UPDATE SET name = EXCLUDED.name, market = EXCLUDED.market,
                    status = EXCLUDED.status, base_asset = EXCLUDED.base_asset, quote_asset = EXCLUDED.quote_asset,
                    currency = EXCLUDED.currency, primary_exchange = EXCLUDED.primary_exchange, type = EXCLUDED.type,
                    permissions = EXCLUDED.permissions, details = EXCLUDED.details, updated_at = EXCLUDED.updated_at""",
                instruments,
                500,
                (ps, i) -> {
                    Array permissions = ps.getConnection()
                            .createArrayOf("text", i.permissions().toArray());
                    ps.setString(1, i.source());
                    ps.setString(2, i.symbol());
                    ps.setString(3, i.name());
                    ps.setString(4, i.market());
                    ps.setString(5, i.status());
                    ps.setString(6, i.baseAsset());
                    ps.setString(7, i.quoteAsset());
                    ps.setString(8, i.currency());
                    ps.setString(9, i.primaryExchange());
                    ps.setString(10, i.type());
                    ps.setArray(11, permissions);
                    ps.setString(12, i.details());
                    ps.setTimestamp(13, Timestamp.from(updatedAt));
                });
        return total(counts);
    }

    public int upsertDividends(String source, List<Dividend> dividends) {
        int[][] counts = jdbc.batchUpdate(
                """
                INSERT INTO market_dividend (source, symbol, ex_dividend_date, dividend_type, cash_amount, currency,
                    declaration_date, record_date, pay_date, frequency)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (source, symbol, ex_dividend_date, dividend_type) DO UPDATE SET
                    cash_amount = EXCLUDED.cash_amount, currency = EXCLUDED.currency,
                    declaration_date = EXCLUDED.declaration_date, record_date = EXCLUDED.record_date,
                    pay_date = EXCLUDED.pay_date, frequency = EXCLUDED.frequency, updated_at = now()""",
                dividends,
                500,
                (ps, d) -> {
                    ps.setString(1, source);
                    ps.setString(2, d.symbol());
                    ps.setDate(3, date(d.exDividendDate()));
                    ps.setString(4, d.dividendType());
                    ps.setBigDecimal(5, d.cashAmount());
                    ps.setString(6, d.currency());
                    ps.setDate(7, date(d.declarationDate()));
                    ps.setDate(8, date(d.recordDate()));
                    ps.setDate(9, date(d.payDate()));
                    ps.setObject(10, d.frequency());
                });
        return total(counts);
    }

    public int upsertSplits(String source, List<Split> splits) {
        int[][] counts = jdbc.batchUpdate(
                """
                INSERT INTO market_split (source, symbol, execution_date, split_from, split_to)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (source, symbol, execution_date) DO UPDATE SET split_from = EXCLUDED.split_from,
                    split_to = EXCLUDED.split_to, updated_at = now()""",
                splits,
                500,
                (ps, s) -> {
                    ps.setString(1, source);
                    ps.setString(2, s.symbol());
                    ps.setDate(3, date(s.executionDate()));
                    ps.setBigDecimal(4, s.splitFrom());
                    ps.setBigDecimal(5, s.splitTo());
                });
        return total(counts);
    }

    /** A book state (same lastUpdateId) fetched twice is stored once; true when this one was new. */
    public boolean insertOrderBook(
            String source, String symbol, long lastUpdateId, Instant time, int depth, String bids, String asks) {
        return jdbc.update(
                        """
                        INSERT INTO market_order_book (source, symbol, last_update_id, snapshot_time, depth, bids, asks)
                        VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb) ON CONFLICT DO NOTHING""",
                        source,
                        symbol,
                        lastUpdateId,
                        Timestamp.from(time),
                        depth,
                        bids,
                        asks)
                == 1;
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static int total(int[][] counts) {
        int total = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                // a rewritten batch reports SUCCESS_NO_INFO (-2) per row
                total += count < 0 ? 1 : count;
            }
        }
        return total;
    }
}
