-- revision: v20240327133204
-- down_revision: v20240318184429
-- message: neondatabase/neon tenant_policies

-- migrate:up

ALTER TABLE tenant_shards add scheduling_policy VARCHAR NOT NULL DEFAULT '"Active"';

-- migrate:down
-- This file should undo anything in `up.sql`

ALTER TABLE tenant_shards drop scheduling_policy;
