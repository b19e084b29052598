-- revision: d2b036ae9378
-- down_revision: 664f85c2f622
-- message: openstack/ironic add_automated_clean_field

-- migrate:up
-- alembic: upgrade 664f85c2f622 -> d2b036ae9378

ALTER TABLE nodes ADD COLUMN automated_clean BOOLEAN;

-- migrate:down irreversible
