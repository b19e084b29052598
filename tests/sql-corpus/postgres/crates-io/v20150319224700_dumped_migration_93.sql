-- revision: v20150319224700
-- down_revision: v20150209202206
-- message: rust-lang/crates.io dumped_migration_93

-- migrate:up
CREATE FUNCTION canon_crate_name(text) RETURNS text AS $$
                    SELECT replace(lower($1), '-', '_')
                $$ LANGUAGE SQL
            ;

-- migrate:down
DROP FUNCTION canon_crate_name(text);
