-- revision: 1549864170
-- down_revision: 1549279771
-- message: add ack vswitch field
-- imported from sqlx 1549864170_add_ack_vswitch_field.up.sql

-- migrate:up
ALTER TABLE `alibaba_acsk_clusters` ADD COLUMN `v_switch_id` varchar(255) DEFAULT NULL;

UPDATE `alibaba_acsk_clusters` SET `v_switch_id` = NULL;
-- migrate:down
ALTER TABLE `alibaba_acsk_clusters` DROP COLUMN `v_switch_id`;
