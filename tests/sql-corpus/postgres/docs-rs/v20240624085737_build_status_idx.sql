-- revision: v20240624085737
-- down_revision: v20240519141105
-- message: rust-lang/docs.rs build_status_idx

-- migrate:up
CREATE INDEX builds_build_status_idx ON builds USING btree (build_status ASC);

-- migrate:down
DROP INDEX builds_build_status_idx;
