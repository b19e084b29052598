-- revision: 876a424d8f06
-- down_revision: 8176d7153747
-- message: keephq/keep extend_dismissed_enrichments_with_suppressed_status

-- migrate:up
-- only changes rows: left out (it reads them through op.get_bind(), which
-- offline mode cannot do)

-- migrate:down
-- only changes rows: left out (it reads them through op.get_bind(), which
-- offline mode cannot do)
