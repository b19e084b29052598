-- revision: v20210428062103
-- down_revision: v20210423103647
-- message: Unleash/unleash user_permission_to_rbac

-- migrate:up
-- empty up in the source history

-- migrate:down irreversible
