-- revision: v20221215195541
-- down_revision: v20221206214656
-- message: svix/svix-webhooks add_endpoint_metadata

-- migrate:up
-- Add up migration script here
CREATE TABLE endpointmetadata (
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    id character varying NOT NULL COLLATE pg_catalog."C",
    data jsonb NOT NULL
);

ALTER TABLE ONLY endpointmetadata 
    ADD CONSTRAINT endpointmetadata_pkey PRIMARY KEY (id);

-- migrate:down
-- Add down migration script here
DROP TABLE IF EXISTS endpointmetadata;
