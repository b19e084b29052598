-- revision: v20220808110415
-- down_revision: v20220808084524
-- message: Unleash/unleash add_projects_foreign_key

-- migrate:up
delete from group_role where project not in (select id from projects);
            ALTER TABLE group_role
            ADD CONSTRAINT fk_group_role_project
                FOREIGN KEY(project)
                    REFERENCES projects(id) ON DELETE CASCADE;

-- migrate:down irreversible
