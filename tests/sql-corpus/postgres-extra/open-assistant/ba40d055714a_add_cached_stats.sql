-- revision: ba40d055714a
-- down_revision: caee1e8ee0bc
-- message: LAION-AI/Open-Assistant add_cached_stats

-- migrate:up
-- alembic: upgrade caee1e8ee0bc -> ba40d055714a

CREATE TABLE cached_stats (
    name VARCHAR(128) NOT NULL,
    modified_date TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    stats JSONB NOT NULL,
    PRIMARY KEY (name)
);

-- migrate:down
-- alembic: downgrade ba40d055714a -> caee1e8ee0bc

DROP TABLE cached_stats;
