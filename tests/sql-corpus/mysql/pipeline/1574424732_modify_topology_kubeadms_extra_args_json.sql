-- revision: 1574424732
-- down_revision: 1573566871
-- message: modify topology kubeadms extra args json
-- imported from sqlx 1574424732_modify_topology_kubeadms_extra_args_json.up.sql

-- migrate:up
ALTER TABLE `topology_kubeadms` MODIFY `extra_args` json;
-- migrate:down
ALTER TABLE `topology_kubeadms` MODIFY `extra_args` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL;
