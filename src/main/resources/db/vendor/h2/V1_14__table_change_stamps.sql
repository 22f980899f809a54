-- V1.14 (H2): nothing to add. H2 stamps every table itself (INFORMATION_SCHEMA.TABLES.LAST_MODIFICATION), which the
-- indicators' cache reads (persistence/AggregateCache); PostgreSQL's counterpart is its V1.14, table_change.
SELECT 1;
