-- revision: ac00b586ab95
-- down_revision: c0455649680c
-- message: openstack/ironic adds_indexes_to_important_and_commonly_matched_columns

-- migrate:up
-- alembic: upgrade c0455649680c -> ac00b586ab95

CREATE INDEX reservation_idx ON nodes (reservation);

CREATE INDEX driver_idx ON nodes (driver);

CREATE INDEX owner_idx ON nodes (owner);

CREATE INDEX lessee_idx ON nodes (lessee);

CREATE INDEX provision_state_idx ON nodes (provision_state);

CREATE INDEX conductor_group_idx ON nodes (conductor_group);

CREATE INDEX resource_class_idx ON nodes (resource_class);

-- migrate:down irreversible
