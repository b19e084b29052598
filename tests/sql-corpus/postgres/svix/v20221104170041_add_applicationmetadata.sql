-- revision: v20221104170041
-- down_revision: v20220506181355
-- message: svix/svix-webhooks add_applicationmetadata

-- migrate:up
-- Add up migration script here
CREATE TABLE applicationmetadata (
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    id character varying NOT NULL COLLATE pg_catalog."C",
    data jsonb NOT NULL
);

ALTER TABLE ONLY applicationmetadata
    ADD CONSTRAINT applicationmetadata_pkey PRIMARY KEY (id);

-- migrate:down
-- Add down migration script here
DROP TABLE IF EXISTS applicationmetadata;
