-- revision: d24b37426857
-- down_revision: 3358eb6834e6
-- message: LAION-AI/Open-Assistant post_ref_for_work_package

-- migrate:up
-- alembic: upgrade 3358eb6834e6 -> d24b37426857

ALTER TABLE post ADD COLUMN depth INTEGER DEFAULT 0 NOT NULL;

ALTER TABLE post ADD COLUMN children_count INTEGER DEFAULT 0 NOT NULL;

ALTER TABLE post_reaction ADD COLUMN work_package_id UUID NOT NULL;

ALTER TABLE post_reaction DROP CONSTRAINT post_reaction_post_id_fkey;

ALTER TABLE post_reaction ADD FOREIGN KEY(work_package_id) REFERENCES work_package (id);

ALTER TABLE post_reaction DROP COLUMN post_id;

ALTER TABLE work_package ADD COLUMN done BOOLEAN DEFAULT false NOT NULL;

ALTER TABLE work_package ADD COLUMN ack BOOLEAN;

ALTER TABLE work_package ADD COLUMN frontend_ref_post_id VARCHAR;

ALTER TABLE work_package ADD COLUMN thread_id UUID;

ALTER TABLE work_package ADD COLUMN parent_post_id UUID;

-- migrate:down irreversible
