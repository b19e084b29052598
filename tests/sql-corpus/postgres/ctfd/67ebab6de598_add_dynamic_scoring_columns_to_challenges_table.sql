-- revision: 67ebab6de598
-- down_revision: 24ad6790bc3c
-- message: CTFd/CTFd add_dynamic_scoring_columns_to_challenges_table

-- migrate:up
-- alembic: upgrade 24ad6790bc3c -> 67ebab6de598

ALTER TABLE challenges ADD COLUMN initial INTEGER;

ALTER TABLE challenges ADD COLUMN minimum INTEGER;

ALTER TABLE challenges ADD COLUMN decay INTEGER;

ALTER TABLE challenges ADD COLUMN function VARCHAR(32);

-- migrate:down
-- alembic: downgrade 67ebab6de598 -> 24ad6790bc3c

ALTER TABLE challenges DROP COLUMN function;

ALTER TABLE challenges DROP COLUMN decay;

ALTER TABLE challenges DROP COLUMN minimum;

ALTER TABLE challenges DROP COLUMN initial;
