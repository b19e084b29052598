-- revision: 1550224050
-- down_revision: 1550151836
-- message: add pke networks cloud provider
-- imported from sqlx 1550224050_add_pke_networks_cloud_provider.up.sql

-- migrate:up
ALTER TABLE `topology_networks`
  ADD `cloud_provider` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  ADD `cloud_provider_config` text COLLATE utf8mb4_unicode_ci;
-- migrate:down
ALTER TABLE `topology_networks`
    DROP `cloud_provider`,
    DROP `cloud_provider_config`;
