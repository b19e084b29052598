-- revision: v027
-- down_revision: v026
-- message: ArroyoSystems/arroyo ignore_state_before_epoch

-- migrate:up
ALTER TABLE job_configs
ADD COLUMN ignore_state_before_epoch integer;

-- migrate:down irreversible
