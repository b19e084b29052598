-- revision: v20241031094100000002
-- down_revision: v20241031094100000001
-- message: ory/kratos foreign_key
-- transactional: false

-- migrate:up
ALTER TABLE session_token_exchanges ADD CONSTRAINT session_token_exchanges_nid_fk FOREIGN KEY (nid) REFERENCES networks (id) ON DELETE CASCADE;

-- migrate:down
ALTER TABLE session_token_exchanges DROP CONSTRAINT session_token_exchanges_nid_fk;
