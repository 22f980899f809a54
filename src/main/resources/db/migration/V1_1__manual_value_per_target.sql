-- V1.1: a manually entered value belongs to a target, not only to an indicator.
--
-- The shipped catalog measures dozens of province targets (SD-T01 ... SD-T50) by the one indicator MANUAL;
-- keyed by (indicator, scope, period) their values would overwrite each other. The value now names its
-- target; indicator_id stays (the indicator the value was entered for, as the target had it then).
-- Portable as V1: H2 2.3 default mode and PostgreSQL 15.

ALTER TABLE manual_value ADD COLUMN target_id BIGINT NOT NULL;
ALTER TABLE manual_value DROP CONSTRAINT uq_manual_value;
ALTER TABLE manual_value ADD CONSTRAINT uq_manual_value_target UNIQUE (target_id, scope_code, period_start);
-- the foreign key on indicator_id lost the composite key that led with it
CREATE INDEX ix_manual_value_indicator ON manual_value (indicator_id);
ALTER TABLE manual_value ADD CONSTRAINT fk_manual_value_target
    FOREIGN KEY (target_id) REFERENCES target (id) ON DELETE CASCADE;
