-- V1.15 (PostgreSQL): each enterprise's yearly sum of a metric, packed into one row per (park, metric, year).
--
-- stat_enterprise_year held one row per enterprise: an import of a month's figures of a park of 2 000 enterprises
-- updated some 20 000 of them (one per enterprise and metric), as many rows as the figures themselves, and the commit
-- went over each again. The same sums are now packed into one value per (park, metric, year), read and written in one
-- go: a 4-byte big-endian count, then for each enterprise in order of its id its 8-byte id, the 4-byte scale of its sum
-- and the sum's unscaled value as a 2-byte length and its two's-complement bytes (persistence/PackedYearSums). The
-- Java code fills the table for an existing ledger once this migration has run. The new table notes its changes in
-- table_change like every other (V1.14).

DROP TABLE stat_enterprise_year;

CREATE TABLE stat_enterprise_year (
    park_id     BIGINT  NOT NULL,
    metric_id   BIGINT  NOT NULL,
    stat_year   INT     NOT NULL,
    totals      BYTEA   NOT NULL,
    enterprises INT     NOT NULL,
    CONSTRAINT pk_stat_enterprise_year PRIMARY KEY (park_id, metric_id, stat_year)
);

CREATE TRIGGER trg_stat_enterprise_year_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON stat_enterprise_year
    FOR EACH STATEMENT EXECUTE FUNCTION ecopark_note_table_change();
