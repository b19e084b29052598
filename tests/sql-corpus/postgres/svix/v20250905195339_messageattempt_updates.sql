-- revision: v20250905195339
-- down_revision: v20240906000000
-- message: svix/svix-webhooks messageattempt_updates

-- migrate:up
ALTER TABLE messageattempt DROP CONSTRAINT fk_messageattempt_msg_dest_id_messagedestination;
ALTER TABLE messageattempt ALTER COLUMN msg_dest_id DROP NOT NULL;

ALTER TABLE messageattempt ADD COLUMN IF NOT EXISTS attempt_number SMALLINT NOT NULL DEFAULT -1;

ALTER TABLE messageattempt ADD COLUMN IF NOT EXISTS next_attempt timestamptz NULL;

-- migrate:down
ALTER TABLE messageattempt ADD CONSTRAINT fk_messageattempt_msg_dest_id_messagedestination FOREIGN KEY(msg_dest_id) REFERENCES messagedestination (id) ON DELETE CASCADE;
ALTER TABLE messageattempt ALTER COLUMN msg_dest_id SET NOT NULL;

ALTER TABLE messageattempt DROP COLUMN IF EXISTS attempt_number;

ALTER TABLE messageattempt DROP COLUMN IF EXISTS next_attempt;
