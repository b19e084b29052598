-- revision: v20210322104356
-- down_revision: v20210304150739
-- message: Unleash/unleash api_tokens_table

-- migrate:up
CREATE TABLE IF NOT EXISTS api_tokens
          (
              secret      text not null PRIMARY KEY,
              username    text not null,
              type        text not null,
              created_at  TIMESTAMP WITH TIME ZONE DEFAULT now(),
              expires_at  TIMESTAMP WITH TIME ZONE,
              seen_at     TIMESTAMP WITH TIME ZONE
          );

-- migrate:down irreversible
