-- V1.3: the statistics a park's targets are measured by, summed per park, kept current by every writer.
--
-- Evaluating a park's targets summed each metric over every enterprise and month (a park of 2 000 enterprises x
-- 5 years holds 1.2 million figures): seconds after every change to the records. These tables hold the same sums
-- per park (per month, quarter or year) and per enterprise and year, so an evaluation reads a few hundred rows.
-- Only the figures that count are summed: a quarter or year figure is left out when finer figures of the same
-- enterprise and metric lie inside its period. The writers replace the sums of each (park, metric, year) they
-- touched, in the same transaction (IndicatorSummaries); the Java code fills them for an existing ledger once
-- this migration has run. No foreign keys: these rows are derived, and replaced whole.

CREATE TABLE stat_park_period (
    park_id      BIGINT        NOT NULL,
    metric_id    BIGINT        NOT NULL,
    period_start DATE          NOT NULL,
    period_end   DATE          NOT NULL,
    total        DECIMAL(24,4) NOT NULL,
    figures      INT           NOT NULL,
    CONSTRAINT pk_stat_park_period PRIMARY KEY (park_id, metric_id, period_start, period_end)
);

CREATE TABLE stat_enterprise_year (
    park_id       BIGINT        NOT NULL,
    metric_id     BIGINT        NOT NULL,
    stat_year     INT           NOT NULL,
    enterprise_id BIGINT        NOT NULL,
    total         DECIMAL(24,4) NOT NULL,
    CONSTRAINT pk_stat_enterprise_year PRIMARY KEY (park_id, metric_id, stat_year, enterprise_id)
);

-- A STOCK metric's level is each enterprise's latest figure: a figure holds from its period's end until the
-- enterprise's next figure (or its leaving). The park's figures grouped by those two days, replaced per
-- (park, metric) when a figure of the metric or an enterprise's leaving day changes.
CREATE TABLE stat_park_held (
    park_id    BIGINT        NOT NULL,
    metric_id  BIGINT        NOT NULL,
    held_from  DATE          NOT NULL,
    held_until DATE,
    total      DECIMAL(24,4) NOT NULL,
    figures    INT           NOT NULL
);
CREATE INDEX ix_stat_park_held ON stat_park_held (park_id, metric_id);

-- Granted patents (PATENT: from the grant to the lapse; a patent co-owned in the park once) and full-time R&D
-- staff (STAFF: from joining to leaving, or to the enterprise's leaving) of a park, counted per (start, end)
-- days; replaced per park when such a record, an owner or an enterprise's leaving day changes.
CREATE TABLE park_span (
    park_id  BIGINT      NOT NULL,
    kind     VARCHAR(16) NOT NULL,
    start_on DATE        NOT NULL,
    end_on   DATE,
    records  INT         NOT NULL
);
CREATE INDEX ix_park_span ON park_span (park_id, kind, start_on);
