-- revision: c2f78c69e9cf
-- down_revision: 7b687c555318
-- message: keephq/keep recalculate_alerts_count_for_incidents

-- migrate:up
-- only changes rows: left out (it reads them through op.get_bind(), which
-- offline mode cannot do)

-- migrate:down
-- only changes rows: left out (it reads them through op.get_bind(), which
-- offline mode cannot do)
