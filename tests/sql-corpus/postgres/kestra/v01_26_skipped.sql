-- revision: v01_26
-- down_revision: v01_25
-- message: kestra-io/kestra skipped

-- migrate:up
ALTER TYPE state_type ADD VALUE IF NOT EXISTS 'SKIPPED';

-- migrate:down irreversible
