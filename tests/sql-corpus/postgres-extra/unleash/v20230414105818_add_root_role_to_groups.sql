-- revision: v20230414105818
-- down_revision: v20230412125618
-- message: Unleash/unleash add_root_role_to_groups

-- migrate:up
ALTER TABLE groups ADD COLUMN root_role_id INTEGER DEFAULT NULL;
        ALTER TABLE groups
        ADD CONSTRAINT fk_group_role_id
                        FOREIGN KEY(root_role_id)
                            REFERENCES roles(id);

-- migrate:down irreversible
