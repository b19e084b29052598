-- revision: v001011
-- down_revision: v001010
-- message: temporalio/temporal x

-- migrate:up
-- empty up in the source history

-- migrate:down irreversible
