-- revision: v20210414141220
-- down_revision: v20210409120136
-- message: Unleash/unleash fix_misspellings_in_role_descriptions

-- migrate:up
UPDATE roles SET description = 'As an Editor you have access to most features in Unleash, but you can not manage users and roles in the global scope. If you create a project, you will become a project owner and receive superuser rights within the context of that project.' WHERE name = 'Regular';

-- migrate:down irreversible
