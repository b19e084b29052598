-- revision: v202606261009020000
-- down_revision: v202606180841490000
-- message: rust-lang/crates.io versions_num_max_length

-- migrate:up
ALTER TABLE versions
    ADD CONSTRAINT versions_num_max_length
    CHECK (char_length(num) <= 150) NOT VALID;

-- migrate:down
ALTER TABLE versions DROP CONSTRAINT versions_num_max_length;
