-- revision: v20260420120000000000
-- down_revision: v20260325111700000000
-- message: ory/hydra add_nid_subject_idx_to_access

-- migrate:up
-- MySQL variant: columns ordered (subject, nid, client_id) so this index does
-- NOT back the FOREIGN KEY (nid) REFERENCES networks(id) constraint. MySQL
-- auto-binds any FK-leading-column index as the FK's sole backing, which then
-- blocks drops. Equality predicates on (subject, nid) and
-- (subject, nid, client_id) are served optimally either way.
CREATE INDEX hydra_oauth2_access_subject_nid_idx ON hydra_oauth2_access (subject ASC, nid ASC, client_id ASC);

-- migrate:down
DROP INDEX hydra_oauth2_access_subject_nid_idx ON hydra_oauth2_access;
