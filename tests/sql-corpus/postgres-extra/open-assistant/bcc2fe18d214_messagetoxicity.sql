-- revision: bcc2fe18d214
-- down_revision: 846cc08ac79f
-- message: LAION-AI/Open-Assistant messagetoxicity

-- migrate:up
-- alembic: upgrade 846cc08ac79f -> bcc2fe18d214

CREATE TABLE message_toxicity (
    message_id UUID NOT NULL,
    toxicity FLOAT,
    created_date TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    model VARCHAR(256) NOT NULL,
    PRIMARY KEY (message_id, model),
    FOREIGN KEY(message_id) REFERENCES message (id)
);

-- migrate:down
-- alembic: downgrade bcc2fe18d214 -> 846cc08ac79f

DROP TABLE message_toxicity;
