-- V1.8: the figures an import wrote, audited as part of the import's one audit entry.
--
-- An import of a park's workbook writes tens of thousands of figures; one audit_log entry (with its JSON and two
-- index entries) per figure was a large part of the import's time. The import's own entry (table collection_import)
-- now stands for the whole file, and the figures it wrote hang off it here: per period, one packed value listing each
-- figure's row id, enterprise, metric, old value and source (none for a new figure) and new value and source
-- (persistence/AuditedFigures), deflated, in parts of at most 10 000 figures. A figure's history reads the entries of its period and picks its rows. Entries written
-- before this version (one per figure) stay as they are and are read as before.
-- Portable as V1: H2 2.3 default mode and PostgreSQL 15.

CREATE TABLE audit_figures (
    audit_id     BIGINT      NOT NULL,
    period_type  VARCHAR(10) NOT NULL,
    period_start DATE        NOT NULL,
    part         INT         NOT NULL,
    figure_count INT         NOT NULL,
    figures      BYTEA       NOT NULL,
    CONSTRAINT pk_audit_figures PRIMARY KEY (audit_id, period_type, period_start, part)
);
ALTER TABLE audit_figures ADD CONSTRAINT fk_audit_figures_audit
    FOREIGN KEY (audit_id) REFERENCES audit_log (id) ON DELETE CASCADE;
CREATE INDEX ix_audit_figures_period ON audit_figures (period_start, period_type);
