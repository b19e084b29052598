-- revision: v20230420211308
-- down_revision: v20230420125500
-- message: Unleash/unleash update_context_fields_add_sessionId

-- migrate:up
INSERT INTO context_fields(name, description, sort_order, stickiness) VALUES('sessionId', 'Allows you to constrain on sessionId', 4, true) ON CONFLICT DO NOTHING;

            UPDATE context_fields
            SET stickiness = true
                WHERE name LIKE 'userId' AND stickiness is null;

-- migrate:down irreversible
