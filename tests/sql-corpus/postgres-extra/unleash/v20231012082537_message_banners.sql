-- revision: v20231012082537
-- down_revision: v20231004120900
-- message: Unleash/unleash message_banners

-- migrate:up
CREATE TABLE IF NOT EXISTS message_banners
            (
                id SERIAL PRIMARY KEY NOT NULL,
                enabled BOOLEAN DEFAULT true NOT NULL,
                message TEXT NOT NULL,
                variant TEXT,
                sticky BOOLEAN DEFAULT false,
                icon TEXT,
                link TEXT,
                link_text TEXT,
                dialog_title TEXT,
                dialog TEXT,
                created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
            );

-- migrate:down irreversible
