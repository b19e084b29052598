-- revision: 35bdc1a08bb8
-- down_revision: 023548d474f7
-- message: LAION-AI/Open-Assistant embedding_for_message_now_in_its_own_table

-- migrate:up
-- alembic: upgrade 023548d474f7 -> 35bdc1a08bb8

CREATE TABLE message_embedding (
    message_id UUID NOT NULL,
    embedding FLOAT[],
    model VARCHAR(256) NOT NULL,
    PRIMARY KEY (message_id, model),
    FOREIGN KEY(message_id) REFERENCES message (id)
);

ALTER TABLE message DROP COLUMN "miniLM_embedding";

-- migrate:down
-- alembic: downgrade 35bdc1a08bb8 -> 023548d474f7

ALTER TABLE message ADD COLUMN "miniLM_embedding" DOUBLE PRECISION[];

DROP TABLE message_embedding;
