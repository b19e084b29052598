-- revision: d163df1bab88
-- down_revision: 163040c5513f
-- message: openstack/ironic remove_extra_fk_constraint_in_allocations

-- migrate:up
-- alembic: upgrade 163040c5513f -> d163df1bab88

-- migrate:down irreversible
