-- V1.5: the changes to the records that the park sums have not taken in yet, written by the database itself.
--
-- The park sums (stat_park_period, stat_enterprise_year, stat_park_held, park_span) were kept current by each writer
-- telling them what it wrote; a writer that forgot (the Excel import of R&D staff) left them stale. Now the database
-- notes every change of a record the sums depend on in this journal, in the same transaction (triggers: the
-- vendor-specific migration V1.6), and the sums take the journal in before the commit (IndicatorSummaries). A writer
-- cannot forget, and a change committed outside a unit of work is taken in before the next read.
--   kind S: a figure of enterprise_id for metric_id in stat_year;   P: a patent or owner of enterprise_id;
--        R: an R&D staff member of enterprise_id;                   K: anything of park_id (moved, deleted, loaded);
--        L: an enterprise of park_id left or came back;             A: everything (a metric's kind changed).
-- Portable as V1: H2 2.3 default mode and PostgreSQL 15. No keys: rows are taken in and deleted, never looked up.

CREATE TABLE derived_change (
    kind          CHAR(1) NOT NULL,
    park_id       BIGINT,
    enterprise_id BIGINT,
    metric_id     BIGINT,
    stat_year     INT,
    CONSTRAINT ck_derived_change_kind CHECK (kind IN ('S', 'P', 'R', 'K', 'L', 'A'))
);

-- A park loaded in many transactions (the generator) until its last one: its sums are built once it is complete, and
-- a load that was interrupted is recognised (the next run completes it, the evaluation refuses the park meanwhile).
CREATE TABLE park_load (
    park_id    BIGINT                   NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_park_load PRIMARY KEY (park_id)
);
ALTER TABLE park_load ADD CONSTRAINT fk_park_load_park
    FOREIGN KEY (park_id) REFERENCES park (id) ON DELETE CASCADE;
