-- revision: e663a98b1142
-- down_revision: 2a6132b443ab
-- message: keephq/keep add_counter_shows_firing_only_column_for_preset

-- migrate:up
-- alembic: upgrade 2a6132b443ab -> e663a98b1142

ALTER TABLE preset ADD COLUMN counter_shows_firing_only BOOLEAN DEFAULT false;

-- migrate:down
-- alembic: downgrade e663a98b1142 -> 2a6132b443ab

ALTER TABLE preset DROP COLUMN counter_shows_firing_only;
