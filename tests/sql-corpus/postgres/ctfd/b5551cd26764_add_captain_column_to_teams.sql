-- revision: b5551cd26764
-- down_revision: 4e4d5a9ea000
-- message: CTFd/CTFd add_captain_column_to_teams

-- migrate:up
-- alembic: upgrade 4e4d5a9ea000 -> b5551cd26764

ALTER TABLE teams ADD COLUMN captain_id INTEGER;

ALTER TABLE teams ADD CONSTRAINT team_captain_id FOREIGN KEY(captain_id) REFERENCES users (id);

-- migrate:down
-- alembic: downgrade b5551cd26764 -> 4e4d5a9ea000

ALTER TABLE teams DROP CONSTRAINT team_captain_id;

ALTER TABLE teams DROP COLUMN captain_id;
