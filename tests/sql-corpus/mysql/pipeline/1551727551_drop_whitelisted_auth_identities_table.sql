-- revision: 1551727551
-- down_revision: 1551341144
-- message: drop whitelisted auth identities table
-- imported from sqlx 1551727551_drop_whitelisted_auth_identities_table.up.sql

-- migrate:up
DROP TABLE IF EXISTS `whitelisted_auth_identities`;
-- migrate:down
CREATE TABLE `whitelisted_auth_identities` (
    `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
    `created_at` timestamp NULL DEFAULT NULL,
    `updated_at` timestamp NULL DEFAULT NULL,
    `provider` varchar(255),
    `type` ENUM('User', 'Organization'),
    `login` varchar(255),
    `uid` varchar(255),
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE UNIQUE INDEX provider_login ON `whitelisted_auth_identities` (`provider`, `login`);
