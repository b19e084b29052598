-- revision: v001004
-- down_revision: v001003
-- message: temporalio/temporal cluster_metadata

-- migrate:up
ALTER TABLE cluster_metadata DROP immutable_data;
ALTER TABLE cluster_metadata DROP immutable_data_encoding;

-- migrate:down irreversible
