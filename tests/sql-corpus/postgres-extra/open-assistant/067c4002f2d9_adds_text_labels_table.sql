-- revision: 067c4002f2d9
-- down_revision: 0daec5f8135f
-- message: LAION-AI/Open-Assistant adds_text_labels_table

-- migrate:up
-- alembic: upgrade 0daec5f8135f -> 067c4002f2d9

CREATE TABLE text_labels (
    id UUID DEFAULT gen_random_uuid() NOT NULL,
    created_date TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    post_id UUID,
    labels JSONB,
    api_client_id UUID NOT NULL,
    text VARCHAR(65536) NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(api_client_id) REFERENCES api_client (id),
    FOREIGN KEY(post_id) REFERENCES post (id)
);

-- migrate:down
-- alembic: downgrade 067c4002f2d9 -> 0daec5f8135f

DROP TABLE text_labels;
