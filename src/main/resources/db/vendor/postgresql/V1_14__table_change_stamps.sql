-- V1.14 (PostgreSQL): when each table last changed, the counterpart of H2's INFORMATION_SCHEMA.TABLES.LAST_MODIFICATION
-- that the indicators' cache reads (persistence/AggregateCache). PostgreSQL keeps no such stamp, so a statement trigger
-- on every table of the ledger adds a row to table_change, once per table and transaction, with a number from a
-- sequence. A reader takes, per table, the number of rows and the largest stamp: any committed change moves the pair on,
-- even one whose stamp is smaller than a change committed before it (the count grows). Writers only add rows, so two
-- clerks writing the same tables never wait on each other here.
--
-- The functions run as the owner of the schema (SECURITY DEFINER), so a clerk's database user needs no rights on
-- table_change. A table added by a later migration gets the same trigger there (a test lists the tables without one).

CREATE SEQUENCE table_change_stamp;

CREATE TABLE table_change (
    table_name VARCHAR(64) NOT NULL,
    stamp      BIGINT      NOT NULL
);
CREATE INDEX ix_table_change ON table_change (table_name, stamp);

CREATE FUNCTION ecopark_note_table_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    -- the transaction-local setting: one row per table and transaction, however many statements (an import's batch)
    IF coalesce(current_setting('ecopark.changed_' || TG_TABLE_NAME, true), '') <> 'on' THEN
        INSERT INTO table_change (table_name, stamp) VALUES (upper(TG_TABLE_NAME), nextval('table_change_stamp'));
        PERFORM set_config('ecopark.changed_' || TG_TABLE_NAME, 'on', true);
    END IF;
    RETURN NULL;
END $$;

-- The stamps of every changed table. Past {@code kept} rows, the rows are folded into one new stamp per table (by one
-- reader at a time): every pair moves on once more, so a result cached before the fold is computed again, never kept.
CREATE FUNCTION ecopark_table_stamps(kept INTEGER) RETURNS TABLE (changed_table VARCHAR, changes BIGINT, latest BIGINT)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF (SELECT count(*) FROM table_change) > kept
            AND pg_try_advisory_xact_lock(hashtext('ecopark.table_change')) THEN
        WITH gone AS (DELETE FROM table_change RETURNING table_change.table_name AS gone_table)
        INSERT INTO table_change (table_name, stamp)
            SELECT folded.gone_table, nextval('table_change_stamp')
            FROM (SELECT DISTINCT gone.gone_table FROM gone) folded;
    END IF;
    RETURN QUERY SELECT c.table_name, count(*), max(c.stamp) FROM table_change c GROUP BY c.table_name;
END $$;

DO $$
DECLARE
    ledger_table TEXT;
BEGIN
    FOR ledger_table IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
            AND tablename NOT IN ('table_change', 'flyway_schema_history') LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                || 'FOR EACH STATEMENT EXECUTE FUNCTION ecopark_note_table_change()',
                'trg_' || ledger_table || '_changed', ledger_table);
    END LOOP;
END $$;
