-- revision: v07
-- down_revision: v06
-- message: MarquezProject/marquez alter_run_args_to_change_args

-- migrate:up
/* SPDX-License-Identifier: Apache-2.0 */

ALTER TABLE run_args ALTER COLUMN args TYPE TEXT;

-- migrate:down irreversible
