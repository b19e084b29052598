-- revision: v20241106085600
-- down_revision: v20241021050229
-- message: rust-lang/docs.rs releases_rustdoc_status_idx

-- migrate:up
CREATE INDEX releases_rustdoc_status_idx ON releases USING btree (rustdoc_status ASC);

-- migrate:down
DROP INDEX releases_rustdoc_status_idx;
