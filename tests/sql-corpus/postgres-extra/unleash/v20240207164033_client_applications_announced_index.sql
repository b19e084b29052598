-- revision: v20240207164033
-- down_revision: v20240130104757
-- message: Unleash/unleash client_applications_announced_index

-- migrate:up
CREATE INDEX IF NOT EXISTS idx_client_applications_announced_false ON client_applications (announced)
                WHERE announced = FALSE;

-- migrate:down irreversible
