-- revision: v01_09
-- down_revision: v01_08
-- message: kestra-io/kestra execution_queued

-- migrate:up
ALTER TYPE state_type ADD VALUE IF NOT EXISTS 'QUEUED';

-- migrate:down irreversible
