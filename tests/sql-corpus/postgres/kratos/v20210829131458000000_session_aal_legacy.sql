-- revision: v20210829131458000000
-- down_revision: v20210817181232000005
-- message: ory/kratos session_aal_legacy

-- migrate:up
UPDATE sessions SET authentication_methods='[{"method":"v0.6_legacy_session"}]' WHERE authentication_methods='[]' AND aal='aal1';

-- migrate:down
UPDATE sessions SET authentication_methods='[]' WHERE authentication_methods='[{"method":"v0.6_legacy_session"}]' AND aal='aal1';
