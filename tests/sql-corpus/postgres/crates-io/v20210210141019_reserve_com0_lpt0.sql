-- revision: v20210210141019
-- down_revision: v20210209133314
-- message: rust-lang/crates.io reserve_com0_lpt0

-- migrate:up
INSERT INTO reserved_crate_names (name) VALUES ('com0'), ('lpt0') ON CONFLICT DO NOTHING;

-- migrate:down
DELETE FROM reserved_crate_names WHERE name IN ('com0', 'lpt0');
