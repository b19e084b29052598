-- revision: 4d3c1b59d011
-- down_revision: 6012fe8de495
-- message: CTFd/CTFd add_next_id_to_challenges_table

-- migrate:up
-- alembic: upgrade 6012fe8de495 -> 4d3c1b59d011

ALTER TABLE challenges ADD COLUMN next_id INTEGER;

ALTER TABLE challenges ADD FOREIGN KEY(next_id) REFERENCES challenges (id) ON DELETE SET NULL;

-- migrate:down irreversible
