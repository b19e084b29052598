-- revision: 20250411_0003
-- down_revision: 20250411_0002
-- message: add audit log and row-change trigger on backfill_runs

-- The trigger function is plpgsql in a dollar-quoted body, so the semicolons
-- inside it are part of one CREATE FUNCTION statement. It pins search_path
-- and qualifies every name, so callers cannot redirect its writes.

-- migrate:up
CREATE TABLE audit.audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY,
    table_schema text NOT NULL,
    table_name text NOT NULL,
    operation text NOT NULL,
    row_before jsonb,
    row_after jsonb,
    changed_by text NOT NULL DEFAULT current_user,
    changed_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_audit_log PRIMARY KEY (id),
    CONSTRAINT ck_audit_log_operation CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE'))
);

CREATE FUNCTION audit.log_row_change() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $function$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO audit.audit_log (table_schema, table_name, operation, row_after)
        VALUES (TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP, to_jsonb(NEW));
    ELSIF TG_OP = 'UPDATE' THEN
        IF to_jsonb(OLD) IS DISTINCT FROM to_jsonb(NEW) THEN
            INSERT INTO audit.audit_log (table_schema, table_name, operation, row_before, row_after)
            VALUES (TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP, to_jsonb(OLD), to_jsonb(NEW));
        END IF;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO audit.audit_log (table_schema, table_name, operation, row_before)
        VALUES (TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP, to_jsonb(OLD));
    END IF;
    RETURN NULL;
END;
$function$;

CREATE TRIGGER trg_backfill_runs_audit
    AFTER INSERT OR UPDATE OR DELETE ON market_data.backfill_runs
    FOR EACH ROW EXECUTE FUNCTION audit.log_row_change();

-- migrate:down
DROP TRIGGER trg_backfill_runs_audit ON market_data.backfill_runs;
DROP FUNCTION audit.log_row_change();
DROP TABLE audit.audit_log;
