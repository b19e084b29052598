-- revision: v20221206214656
-- down_revision: v20221129215059
-- message: svix/svix-webhooks missing_msg_dest_endpoint

-- migrate:up
-- Add up migration script here
CREATE INDEX ix_messagedestination_per_msg_no_status ON messagedestination USING btree (msg_id);

-- migrate:down
-- Add down migration script here
DROP INDEX ix_messagedestination_per_msg_no_status;
