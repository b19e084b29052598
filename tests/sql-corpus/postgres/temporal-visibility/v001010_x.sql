-- revision: v001010
-- down_revision: v001009
-- message: temporalio/temporal x

-- migrate:up
-- empty up in the source history

-- migrate:down irreversible
