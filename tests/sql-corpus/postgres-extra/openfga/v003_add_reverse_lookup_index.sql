-- revision: v003
-- down_revision: v002
-- message: openfga/openfga add_reverse_lookup_index

-- migrate:up
CREATE INDEX idx_reverse_lookup_user on tuple (store, object_type, relation, _user);


-- migrate:down
DROP INDEX IF EXISTS idx_reverse_lookup_user ;
