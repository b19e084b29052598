-- revision: 1e1d5ace7dc6
-- down_revision: 3ae36a5f5131
-- message: openstack/ironic add_inspection_started_at_and_inspection_finished_at

-- migrate:up
-- alembic: upgrade 3ae36a5f5131 -> 1e1d5ace7dc6

ALTER TABLE nodes ADD COLUMN inspection_started_at TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE nodes ADD COLUMN inspection_finished_at TIMESTAMP WITHOUT TIME ZONE;

-- migrate:down irreversible
