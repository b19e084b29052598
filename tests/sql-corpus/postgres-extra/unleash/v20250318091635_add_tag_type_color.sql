-- revision: v20250318091635
-- down_revision: v20250312162155
-- message: Unleash/unleash add_tag_type_color

-- migrate:up
ALTER TABLE tag_types
        ADD COLUMN IF NOT EXISTS color VARCHAR(10);
        
        UPDATE tag_types
        SET color = '#FFFFFF'
        WHERE color IS NULL;

-- migrate:down irreversible
