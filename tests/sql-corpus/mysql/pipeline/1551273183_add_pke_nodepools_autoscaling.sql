-- revision: 1551273183
-- down_revision: 1551260857
-- message: add pke nodepools autoscaling
-- imported from sqlx 1551273183_add_pke_nodepools_autoscaling.up.sql

-- migrate:up
ALTER TABLE `topology_nodepools` ADD `autoscaling` boolean DEFAULT false;
-- migrate:down
ALTER TABLE `topology_nodepools` DROP `autoscaling`;
