-- V1.6 (PostgreSQL): the triggers that write derived_change (V1.5), the counterpart of H2's Java trigger
-- (persistence/DerivedChangeTrigger), note for note: the same kinds, parks, enterprises, metrics, years, period ends and
-- changes of value (V1.9, V1.10: the columns are read when a trigger fires, by which time every migration has run).
-- An update that changed none of the columns the sums read is not noted. A writer that notes its added figures itself
-- (persistence/FigureNotes) says so for its statement with the transaction-local setting ecopark.noted_by_writer.

CREATE FUNCTION ecopark_note_derived_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    park_kind CHAR(1);
    valued    BOOLEAN;
    owner     BIGINT;
BEGIN
    IF TG_TABLE_NAME = 'period_stat' THEN
        IF TG_OP = 'UPDATE' AND (OLD.enterprise_id, OLD.metric_id, OLD.period_type, OLD.period_start, OLD.period_end,
                OLD.stat_value) IS NOT DISTINCT FROM (NEW.enterprise_id, NEW.metric_id, NEW.period_type,
                NEW.period_start, NEW.period_end, NEW.stat_value) THEN
            RETURN NULL;
        END IF;
        IF coalesce(current_setting('ecopark.noted_by_writer', true), '') = 'on' THEN
            RETURN NULL; -- the writer notes these figures itself, set-wise
        END IF;
        -- a month's figure added, or only its value changed: the note carries the change of value (V1.10)
        valued := TG_OP = 'INSERT' AND NEW.period_type = 'MONTH'
            OR TG_OP = 'UPDATE' AND NEW.period_type = 'MONTH'
                AND (OLD.enterprise_id, OLD.metric_id, OLD.period_type, OLD.period_start, OLD.period_end)
                    IS NOT DISTINCT FROM (NEW.enterprise_id, NEW.metric_id, NEW.period_type, NEW.period_start,
                    NEW.period_end);
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            INSERT INTO derived_change (kind, park_id, enterprise_id, metric_id, stat_year, period_end, value_change)
            VALUES ('S', NULL, OLD.enterprise_id, OLD.metric_id, extract(YEAR FROM OLD.period_start)::INT,
                    OLD.period_end, CASE WHEN valued THEN -OLD.stat_value END);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
            INSERT INTO derived_change (kind, park_id, enterprise_id, metric_id, stat_year, period_end, value_change)
            VALUES ('S', NULL, NEW.enterprise_id, NEW.metric_id, extract(YEAR FROM NEW.period_start)::INT,
                    NEW.period_end, CASE WHEN valued THEN NEW.stat_value END);
        END IF;
    ELSIF TG_TABLE_NAME = 'enterprise' THEN
        IF TG_OP = 'UPDATE' AND (OLD.id, OLD.park_id, OLD.left_on) IS NOT DISTINCT FROM (NEW.id, NEW.park_id, NEW.left_on) THEN
            RETURN NULL;
        END IF;
        -- an enterprise deleted or moved to another park changes its parks whole; a new leaving day only what it ends
        park_kind := CASE WHEN TG_OP = 'UPDATE' AND OLD.park_id IS NOT DISTINCT FROM NEW.park_id THEN 'L' ELSE 'K' END;
        INSERT INTO derived_change (kind, park_id) VALUES (park_kind, OLD.park_id);
        IF TG_OP = 'UPDATE' THEN
            INSERT INTO derived_change (kind, park_id) VALUES (park_kind, NEW.park_id);
        END IF;
    ELSIF TG_TABLE_NAME = 'patent' THEN
        IF (OLD.id, OLD.granted_on, OLD.lapsed_on) IS NOT DISTINCT FROM (NEW.id, NEW.granted_on, NEW.lapsed_on) THEN
            RETURN NULL;
        END IF;
        FOR owner IN SELECT enterprise_id FROM patent_owner WHERE patent_id = OLD.id LOOP
            INSERT INTO derived_change (kind, enterprise_id) VALUES ('P', owner);
        END LOOP;
        FOR owner IN SELECT enterprise_id FROM patent_owner WHERE patent_id = NEW.id LOOP
            INSERT INTO derived_change (kind, enterprise_id) VALUES ('P', owner);
        END LOOP;
    ELSIF TG_TABLE_NAME = 'patent_owner' THEN
        IF TG_OP = 'UPDATE' AND (OLD.patent_id, OLD.enterprise_id) IS NOT DISTINCT FROM (NEW.patent_id, NEW.enterprise_id) THEN
            RETURN NULL;
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            INSERT INTO derived_change (kind, enterprise_id) VALUES ('P', OLD.enterprise_id);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
            INSERT INTO derived_change (kind, enterprise_id) VALUES ('P', NEW.enterprise_id);
        END IF;
    ELSIF TG_TABLE_NAME = 'rd_staff' THEN
        IF TG_OP = 'UPDATE' AND (OLD.enterprise_id, OLD.full_time, OLD.joined_on, OLD.left_on)
                IS NOT DISTINCT FROM (NEW.enterprise_id, NEW.full_time, NEW.joined_on, NEW.left_on) THEN
            RETURN NULL;
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            INSERT INTO derived_change (kind, enterprise_id) VALUES ('R', OLD.enterprise_id);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
            INSERT INTO derived_change (kind, enterprise_id) VALUES ('R', NEW.enterprise_id);
        END IF;
    ELSIF TG_TABLE_NAME = 'metric' THEN
        IF OLD.value_kind IS NOT DISTINCT FROM NEW.value_kind THEN
            RETURN NULL;
        END IF;
        INSERT INTO derived_change (kind) VALUES ('A');
        INSERT INTO derived_change (kind) VALUES ('A');
    ELSE
        RAISE EXCEPTION 'No derived data depends on table %', TG_TABLE_NAME;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER trg_period_stat_derived AFTER INSERT OR UPDATE OR DELETE ON period_stat
    FOR EACH ROW EXECUTE FUNCTION ecopark_note_derived_change();
CREATE TRIGGER trg_enterprise_derived AFTER UPDATE OR DELETE ON enterprise
    FOR EACH ROW EXECUTE FUNCTION ecopark_note_derived_change();
CREATE TRIGGER trg_patent_derived AFTER UPDATE ON patent
    FOR EACH ROW EXECUTE FUNCTION ecopark_note_derived_change();
CREATE TRIGGER trg_patent_owner_derived AFTER INSERT OR UPDATE OR DELETE ON patent_owner
    FOR EACH ROW EXECUTE FUNCTION ecopark_note_derived_change();
CREATE TRIGGER trg_rd_staff_derived AFTER INSERT OR UPDATE OR DELETE ON rd_staff
    FOR EACH ROW EXECUTE FUNCTION ecopark_note_derived_change();
CREATE TRIGGER trg_metric_derived AFTER UPDATE ON metric
    FOR EACH ROW EXECUTE FUNCTION ecopark_note_derived_change();
