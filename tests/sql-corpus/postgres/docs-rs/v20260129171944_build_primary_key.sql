-- revision: v20260129171944
-- down_revision: v20251220165302
-- message: rust-lang/docs.rs build_primary_key

-- migrate:up
ALTER TABLE builds ADD PRIMARY KEY (id);
CREATE INDEX builds_build_started_idx ON builds USING btree (build_started);

-- migrate:down
ALTER TABLE builds DROP CONSTRAINT builds_pkey;
DROP INDEX builds_build_started_idx ;
