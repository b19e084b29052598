-- revision: v20221010114644
-- down_revision: v20220927110212
-- message: Unleash/unleash pat_auto_increment

-- migrate:up
alter table personal_access_tokens
                drop constraint personal_access_tokens_pkey;
            ALTER TABLE personal_access_tokens
                add column id serial primary key;

-- migrate:down irreversible
