-- V1.6 (H2): the triggers that write derived_change (V1.5), one Java class for all tables.
--
-- FORCE: the class is loaded when a trigger first fires, so that the schema can be created where the program's
-- classes are absent (the build's code generation; H2's own tools reading a copy, which can read but not write these
-- tables). Only the columns the sums depend on matter; the class ignores an update that changed none of them.

CREATE FORCE TRIGGER trg_period_stat_derived AFTER INSERT, UPDATE, DELETE ON period_stat
    FOR EACH ROW CALL "org.ecopark.ledger.persistence.DerivedChangeTrigger";
CREATE FORCE TRIGGER trg_enterprise_derived AFTER UPDATE, DELETE ON enterprise
    FOR EACH ROW CALL "org.ecopark.ledger.persistence.DerivedChangeTrigger";
CREATE FORCE TRIGGER trg_patent_derived AFTER UPDATE ON patent
    FOR EACH ROW CALL "org.ecopark.ledger.persistence.DerivedChangeTrigger";
CREATE FORCE TRIGGER trg_patent_owner_derived AFTER INSERT, UPDATE, DELETE ON patent_owner
    FOR EACH ROW CALL "org.ecopark.ledger.persistence.DerivedChangeTrigger";
CREATE FORCE TRIGGER trg_rd_staff_derived AFTER INSERT, UPDATE, DELETE ON rd_staff
    FOR EACH ROW CALL "org.ecopark.ledger.persistence.DerivedChangeTrigger";
CREATE FORCE TRIGGER trg_metric_derived AFTER UPDATE ON metric
    FOR EACH ROW CALL "org.ecopark.ledger.persistence.DerivedChangeTrigger";
