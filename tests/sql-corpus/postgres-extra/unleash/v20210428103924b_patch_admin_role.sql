-- revision: v20210428103924b
-- down_revision: v20210428103924a
-- message: Unleash/unleash patch_admin_role

-- migrate:up
DO $$
        declare
        begin
                WITH admin AS (
                    SELECT * FROM roles WHERE name in ('Admin', 'Super User') LIMIT 1
                )
                INSERT into role_user(role_id, user_id)
                VALUES 
                    ((select id from admin), (select id FROM users where username='admin' LIMIT 1)); 

        EXCEPTION WHEN OTHERS THEN
            raise notice 'Ignored';
        end;
        $$;

-- migrate:down irreversible
