# Everyday commands. The deployment itself is docker compose: `docker compose up -d --build`.
.PHONY: help run stop test fault-suite fault-suite-quick container-smoke bench bench-aggregation bench-cleanup bench-market bench-csv-import bench-ais-import bench-dashboard bench-backtest bench-request-bounds bench-soak format

help:
	@echo "make run     build and start the four services against local PostgreSQL (scripts/run-local.sh)"
	@echo "make stop    stop them (scripts/stop-local.sh)"
	@echo "make test    build and run every test (./mvnw -B verify; set ALPHAFLOW_TEST_DB_URL or run Docker)"
	@echo "make bench   measure ingestion throughput (scripts/bench-ingestion.sh)"
	@echo "make bench-aggregation  batch commit to ship_count_agg row, median and p95 (scripts/bench-aggregation.sh)"
	@echo "make bench-market  bars/s of a year of 1-minute bars, and the gap finder over a year (scripts/bench-market.sh)"
	@echo "make bench-csv-import  CSV import streaming: 30 and 200 MB as text/csv and multipart, peak RSS and bars/s"
	@echo "                 (scripts/bench-csv-import.sh; sizes through CSV_SIZES, e.g. make bench-csv-import CSV_SIZES='30 95')"
	@echo "make bench-ais-import  a NOAA day of 7 M rows imported end to end beside a plain COPY; peak heap, time to ship_count_agg"
	@echo "                 (scripts/bench-ais-import.sh; rows through AIS_ROWS, e.g. make bench-ais-import AIS_ROWS=1000000)"
	@echo "make bench-dashboard  dashboard endpoints under load with ApacheBench (scripts/bench-dashboard.sh)"
	@echo "make bench-backtest  optimizer grid: combinations x bars per second (scripts/bench-backtest.sh)"
	@echo "make bench-request-bounds  the dashboard's request bounds at its production heap: refusals, peak memory (scripts/bench-request-bounds.sh)"
	@echo "make bench-cleanup  partition drop against DELETE of one day of positions (scripts/bench-cleanup.sh)"
	@echo "make bench-soak  the whole stack for 10 min at 300 and 3,000 messages/s: memory, CPU, start-up, lag (scripts/bench-soak.sh;"
	@echo "                 options through SOAK_ARGS, e.g. make bench-soak SOAK_ARGS='--minutes 2 --no-10x')"
	@echo "make fault-suite  attack and crash the running stack on a private database; a table of probes (scripts/fault-suite.sh)"
	@echo "make fault-suite-quick  the parts of it that fit in a few minutes, as CI runs them"
	@echo "make container-smoke  build the images and run the stack with docker compose on a Docker Engine; a table of checks (scripts/container-smoke.sh)"
	@echo "make format  format the Java sources (Spotless, palantir-java-format)"

run:
	scripts/run-local.sh

stop:
	scripts/stop-local.sh

test:
	./mvnw -B verify

fault-suite:
	scripts/fault-suite.sh

container-smoke:
	scripts/container-smoke.sh

fault-suite-quick:
	scripts/fault-suite.sh --quick --no-docs

bench:
	scripts/bench-ingestion.sh

bench-aggregation:
	scripts/bench-aggregation.sh

bench-cleanup:
	scripts/bench-cleanup.sh

bench-market:
	scripts/bench-market.sh

bench-csv-import:
	scripts/bench-csv-import.sh $(CSV_SIZES)

bench-ais-import:
	scripts/bench-ais-import.sh $(AIS_ROWS)

bench-dashboard:
	scripts/bench-dashboard.sh

bench-backtest:
	scripts/bench-backtest.sh

bench-request-bounds:
	scripts/bench-request-bounds.sh

bench-soak:
	scripts/bench-soak.sh $(SOAK_ARGS)

format:
	./mvnw -B -q spotless:apply
