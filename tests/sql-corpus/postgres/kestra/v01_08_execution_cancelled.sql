-- revision: v01_08
-- down_revision: v01_07
-- message: kestra-io/kestra execution_cancelled

-- migrate:up
ALTER TYPE state_type ADD VALUE IF NOT EXISTS 'CANCELLED';

-- migrate:down irreversible
