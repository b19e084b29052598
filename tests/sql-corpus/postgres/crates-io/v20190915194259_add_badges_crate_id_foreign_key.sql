-- revision: v20190915194259
-- down_revision: v20190828224353
-- message: rust-lang/crates.io add_badges_crate_id_foreign_key

-- migrate:up
DELETE FROM badges WHERE crate_id NOT IN (SELECT id FROM crates);
ALTER TABLE badges
    ADD CONSTRAINT fk_badges_crate_id FOREIGN KEY (crate_id) REFERENCES crates(id) ON DELETE CASCADE;

-- migrate:down
ALTER TABLE badges DROP CONSTRAINT fk_badges_crate_id;
