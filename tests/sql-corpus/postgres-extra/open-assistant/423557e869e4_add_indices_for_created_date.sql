-- revision: 423557e869e4
-- down_revision: 7c98102efbca
-- message: LAION-AI/Open-Assistant add_indices_for_created_date

-- migrate:up
-- alembic: upgrade 7c98102efbca -> 423557e869e4

CREATE INDEX ix_message_created_date ON message (created_date);

CREATE INDEX ix_message_reaction_created_date ON message_reaction (created_date);

CREATE INDEX ix_text_labels_created_date ON text_labels (created_date);

-- migrate:down
-- alembic: downgrade 423557e869e4 -> 7c98102efbca

DROP INDEX ix_text_labels_created_date;

DROP INDEX ix_message_reaction_created_date;

DROP INDEX ix_message_created_date;
