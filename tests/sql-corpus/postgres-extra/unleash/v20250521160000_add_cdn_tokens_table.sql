-- revision: v20250521160000
-- down_revision: v20250508112416
-- message: Unleash/unleash add_cdn_tokens_table

-- migrate:up
CREATE TABLE IF NOT EXISTS cdn_tokens
         (
              id          text not null PRIMARY KEY,
              token_name  text not null,
              project     text not null,
              environment text not null,
              created_at  TIMESTAMP WITH TIME ZONE DEFAULT now(),
              expires_at  TIMESTAMP WITH TIME ZONE,
              seen_at     TIMESTAMP WITH TIME ZONE
          );

-- migrate:down irreversible
