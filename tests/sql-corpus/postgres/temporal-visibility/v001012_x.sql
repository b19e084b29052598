-- revision: v001012
-- down_revision: v001011
-- message: temporalio/temporal x

-- migrate:up
-- empty up in the source history

-- migrate:down irreversible
