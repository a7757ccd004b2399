package com.maritimealphaflow.dashboard.backtest;

import com.maritimealphaflow.dashboard.backtest.luck.LuckStatistics;
import com.maritimealphaflow.service.BadRequestException;

/**
 * How an optimization measures luck (issue 17): {@code blocks} row blocks for the probability of overfitting (even,
 * 2..20; when not asked for, 16 or as many as the in-sample returns allow) and the bootstrap's {@code seed}.
 */
record LuckSettings(Integer blocks, long seed) {

    static final long DEFAULT_SEED = 42;
    static final int MAX_BLOCKS = 20;
    /** A block needs two returns for a Sharpe ratio. */
    static final int RETURNS_PER_BLOCK = 2;

    /** Checks a request's {@code blocks} and {@code seed} without reading anything; a 400 naming {@code blocks}. */
    static LuckSettings of(Integer blocks, Long seed) {
        if (blocks != null && (blocks < 2 || blocks > MAX_BLOCKS || blocks % 2 != 0)) {
            throw new BadRequestException(
                    "blocks", "must be an even number from 2 to " + MAX_BLOCKS + ", got " + blocks);
        }
        return new LuckSettings(blocks, seed == null ? DEFAULT_SEED : seed);
    }

    /**
     * The blocks to cut {@code returns} in-sample returns into: the asked number, refused with a 400 naming
     * {@code blocks} if the returns are too few for it; else 16 or the most even number the returns allow, 0 if not
     * even 2.
     */
    int blocksFor(int returns) {
        int fit = Math.min(returns / RETURNS_PER_BLOCK, MAX_BLOCKS) / 2 * 2;
        if (blocks != null) {
            if (blocks > fit) {
                throw new BadRequestException(
                        "blocks",
                        "the in-sample part has " + returns + " returns, too few for " + blocks + " blocks of at least "
                                + RETURNS_PER_BLOCK + ": ask for at most " + fit + " blocks or a longer range");
            }
            return blocks;
        }
        return Math.min(LuckStatistics.DEFAULT_BLOCKS, fit);
    }
}
