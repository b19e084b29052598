-- revision: v0006
-- down_revision: v0005
-- message: harness/harness create_index_pullreq_activities_pullreq_id_order_sub_order

-- migrate:up
CREATE UNIQUE INDEX pullreq_activities_pullreq_id_order_sub_order
ON pullreq_activities(pullreq_activity_pullreq_id, pullreq_activity_order, pullreq_activity_sub_order);

-- migrate:down irreversible
