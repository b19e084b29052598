-- revision: v20221123135139
-- down_revision: v20220828191319
-- message: rust-lang/crates.io add_token_scopes

-- migrate:up
alter table api_tokens
    add column crate_scopes text[];

comment on column api_tokens.crate_scopes is 'NULL or an array of crate scope patterns (see RFC #2947)';

alter table api_tokens
    add column endpoint_scopes text[];

comment on column api_tokens.endpoint_scopes is 'An array of endpoint scopes or NULL for the `legacy` endpoint scope (see RFC #2947)';

-- migrate:down
alter table api_tokens
    drop column crate_scopes;

alter table api_tokens
    drop column endpoint_scopes;
