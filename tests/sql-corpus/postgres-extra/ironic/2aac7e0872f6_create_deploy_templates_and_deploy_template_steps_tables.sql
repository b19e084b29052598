-- revision: 2aac7e0872f6
-- down_revision: 28c44432c9c3
-- message: openstack/ironic create_deploy_templates_and_deploy_template_steps_tables

-- migrate:up
-- alembic: upgrade 28c44432c9c3 -> 2aac7e0872f6

CREATE TABLE deploy_templates (
    version VARCHAR(15),
    created_at TIMESTAMP WITHOUT TIME ZONE,
    updated_at TIMESTAMP WITHOUT TIME ZONE,
    id SERIAL NOT NULL,
    uuid VARCHAR(36),
    name VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uniq_deploytemplates0uuid UNIQUE (uuid),
    CONSTRAINT uniq_deploytemplates0name UNIQUE (name)
);

CREATE TABLE deploy_template_steps (
    version VARCHAR(15),
    created_at TIMESTAMP WITHOUT TIME ZONE,
    updated_at TIMESTAMP WITHOUT TIME ZONE,
    id SERIAL NOT NULL,
    deploy_template_id INTEGER NOT NULL,
    interface VARCHAR(255) NOT NULL,
    step VARCHAR(255) NOT NULL,
    args TEXT NOT NULL,
    priority INTEGER NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(deploy_template_id) REFERENCES deploy_templates (id)
);

CREATE INDEX deploy_template_id ON deploy_template_steps (deploy_template_id);

CREATE INDEX deploy_template_steps_interface_idx ON deploy_template_steps (interface);

CREATE INDEX deploy_template_steps_step_idx ON deploy_template_steps (step);

-- migrate:down irreversible
