#!/usr/bin/env python3
"""Runs alembic_offline.py for openstack/ironic's history (README.md's
`postgres-extra/ironic` row), with the two things its scripts need from
ironic itself answered here:
- oslo.db's engine, which `ac00b586ab95` and `d163df1bab88` ask which
  server they run on (`engine.dialect.name`): PostgreSQL's (the URL is
  only read for its dialect; nothing is written);
- `ironic.conf.CONF`, whose options two data migrations write into the
  rows they update: ironic's defaults (`default_portgroup_mode`
  `active-backup`; no `default_network_interface`, with the `neutron`
  DHCP provider, which gives `flat`).

Usage: ironic_offline.py ARGS... (alembic_offline.py's own arguments)
Needs oslo.db and psycopg2 besides Alembic and SQLAlchemy.
"""
import os, runpy, sys, types

from oslo_db.sqlalchemy import enginefacade

enginefacade.configure(connection="postgresql+psycopg2://postgres@127.0.0.1:5432/postgres")
conf = types.SimpleNamespace(
    default_network_interface=None,
    default_portgroup_mode="active-backup",
    dhcp=types.SimpleNamespace(dhcp_provider="neutron"),
)
ironic = types.ModuleType("ironic")
ironic.__path__ = []
ironic_conf = types.ModuleType("ironic.conf")
ironic_conf.CONF = conf
sys.modules.update({"ironic": ironic, "ironic.conf": ironic_conf})
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.argv = [os.path.join(here, "alembic_offline.py")] + sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
