-- revision: v20231019110154
-- down_revision: v20231012082537
-- message: Unleash/unleash rename_message_banners_table_to_banners

-- migrate:up
ALTER TABLE message_banners RENAME TO banners;

-- migrate:down irreversible
