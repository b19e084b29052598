-- revision: v016
-- down_revision: v015
-- message: ArroyoSystems/arroyo restart_failed

-- migrate:up
CREATE TYPE restart_mode as ENUM (
    'safe', 'force');

ALTER TABLE job_configs
ADD COLUMN restart_nonce int not null default 0,
ADD COLUMN restart_mode restart_mode not null default 'safe';

ALTER TABLE job_statuses
ADD COLUMN restart_nonce int not null default 0;

-- migrate:down irreversible
