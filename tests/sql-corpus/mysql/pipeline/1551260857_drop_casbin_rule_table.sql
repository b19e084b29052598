-- revision: 1551260857
-- down_revision: 1551171522
-- message: drop casbin rule table
-- imported from sqlx 1551260857_drop_casbin_rule_table.up.sql

-- migrate:up
DROP TABLE IF EXISTS `casbin_rule`;
-- migrate:down
CREATE TABLE `casbin_rule` (
   `p_type` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
   `v0` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
   `v1` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
   `v2` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
   `v3` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
   `v4` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
   `v5` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
