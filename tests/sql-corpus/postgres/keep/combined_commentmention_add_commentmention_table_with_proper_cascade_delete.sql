-- revision: combined_commentmention
-- down_revision: aa167915c4d6
-- message: keephq/keep add_commentmention_table_with_proper_cascade_delete

-- migrate:up
-- alembic: upgrade aa167915c4d6 -> combined_commentmention

CREATE TABLE commentmention (
    id UUID NOT NULL,
    comment_id UUID NOT NULL,
    mentioned_user_id VARCHAR NOT NULL,
    tenant_id VARCHAR NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    CONSTRAINT pk_commentmention PRIMARY KEY (id),
    CONSTRAINT fk_commentmention_alertaudit_cascade FOREIGN KEY(comment_id) REFERENCES alertaudit (id) ON DELETE CASCADE,
    CONSTRAINT fk_commentmention_tenant FOREIGN KEY(tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT uq_comment_mention UNIQUE (comment_id, mentioned_user_id)
);

CREATE INDEX ix_comment_mention_comment_id ON commentmention (comment_id);

CREATE INDEX ix_comment_mention_mentioned_user_id ON commentmention (mentioned_user_id);

CREATE INDEX ix_comment_mention_tenant_id ON commentmention (tenant_id);

-- migrate:down
-- alembic: downgrade combined_commentmention -> aa167915c4d6

DROP TABLE commentmention;
