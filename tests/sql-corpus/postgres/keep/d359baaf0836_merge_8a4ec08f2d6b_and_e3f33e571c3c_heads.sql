-- revision: d359baaf0836
-- down_revision: 8a4ec08f2d6b, e3f33e571c3c
-- message: keephq/keep merge_8a4ec08f2d6b_and_e3f33e571c3c_heads

-- migrate:up
-- alembic: upgrade 8a4ec08f2d6b, e3f33e571c3c -> d359baaf0836

-- migrate:down
-- alembic: downgrade d359baaf0836 -> 8a4ec08f2d6b, e3f33e571c3c
