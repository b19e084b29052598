-- revision: 1574432613
-- down_revision: 1574424732
-- message: modify azure pke node pools json roles and zones
-- imported from sqlx 1574432613_modify_azure_pke_node_pools_json_roles_and_zones.up.sql

-- migrate:up
UPDATE `azure_pke_node_pools` SET `roles`='[]' WHERE `roles` = '';
UPDATE `azure_pke_node_pools` SET `roles`=CONCAT('["', REPLACE(`roles`, ',', '","'), '"]') WHERE `roles` <> '' AND NOT JSON_VALID(`roles`);
ALTER TABLE `azure_pke_node_pools` MODIFY `roles` json;

UPDATE `azure_pke_node_pools` SET `zones`='[]' WHERE `zones` = '';
UPDATE `azure_pke_node_pools` SET `zones`=CONCAT('["', REPLACE(`zones`, ',', '","'), '"]') WHERE `zones` <> '' AND NOT JSON_VALID(`zones`);
ALTER TABLE `azure_pke_node_pools` MODIFY `zones` json;
-- migrate:down
ALTER TABLE `azure_pke_node_pools` MODIFY `roles` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL;
ALTER TABLE `azure_pke_node_pools` MODIFY `zones` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL;
