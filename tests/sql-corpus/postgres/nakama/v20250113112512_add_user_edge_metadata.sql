-- revision: v20250113112512
-- down_revision: v20240801100859
-- message: heroiclabs/nakama add_user_edge_metadata

-- migrate:up
ALTER TABLE user_edge
    ADD COLUMN metadata JSONB NOT NULL DEFAULT '{}';


-- migrate:down
ALTER TABLE user_edge
    DROP COLUMN metadata;
