-- revision: edcd28ede1f7
-- down_revision: 50b3736634d2
-- message: ethyca/fides add_fidesctl_meta_to_system

-- migrate:up
-- alembic: upgrade 50b3736634d2 -> edcd28ede1f7

ALTER TABLE systems ADD COLUMN fidesctl_meta JSON;

-- migrate:down
-- alembic: downgrade edcd28ede1f7 -> 50b3736634d2

ALTER TABLE systems DROP COLUMN fidesctl_meta;
