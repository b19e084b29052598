-- revision: v0186
-- down_revision: v0185
-- message: harness/harness 0186

-- migrate:up
ALTER TABLE checks
    ADD COLUMN check_bypassed_by INTEGER,
    ADD CONSTRAINT fk_check_bypassed_by FOREIGN KEY (check_bypassed_by)
        REFERENCES principals (principal_id) MATCH SIMPLE
        ON UPDATE NO ACTION
        ON DELETE SET NULL;

-- migrate:down
ALTER TABLE checks
    DROP CONSTRAINT IF EXISTS fk_check_bypassed_by,
    DROP COLUMN IF EXISTS check_bypassed_by;
