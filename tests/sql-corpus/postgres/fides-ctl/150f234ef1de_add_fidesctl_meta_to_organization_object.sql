-- revision: 150f234ef1de
-- down_revision: edcd28ede1f7
-- message: ethyca/fides add_fidesctl_meta_to_organization_object

-- migrate:up
-- alembic: upgrade edcd28ede1f7 -> 150f234ef1de

ALTER TABLE organizations ADD COLUMN fidesctl_meta JSON;

-- migrate:down
-- alembic: downgrade 150f234ef1de -> edcd28ede1f7

ALTER TABLE organizations DROP COLUMN fidesctl_meta;
