-- revision: d8df7ff7aab4
-- down_revision: 912d801f06c0
-- message: ethyca/fides add_due_date

-- migrate:up
-- alembic: upgrade 912d801f06c0 -> d8df7ff7aab4

ALTER TABLE privacyrequest ADD COLUMN due_date TIMESTAMP WITH TIME ZONE;

-- migrate:down
-- alembic: downgrade d8df7ff7aab4 -> 912d801f06c0

ALTER TABLE privacyrequest DROP COLUMN due_date;
