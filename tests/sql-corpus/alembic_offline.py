#!/usr/bin/env python3
"""Converts an Alembic history into the migrate file format with Alembic's
own offline mode: for each revision, `alembic upgrade <prev>:<rev> --sql`
and `alembic downgrade <rev>:<prev> --sql` against the postgresql dialect.

Usage: alembic_offline.py REPO VERSIONS OUT SOURCE [--last REV] [--skip-down REV,...] [...]

REPO is a git checkout or bare repository at the commit README.md names,
VERSIONS the folder of its revision scripts in it, OUT the set's folder,
SOURCE the `owner/name` the messages name. The revision scripts are copied
out of git into a scratch Alembic environment of this script's own (an
`env.py` that only configures the postgresql dialect offline, with
`literal_binds`, and no target metadata), so the project's own env.py, its
settings and its database are never needed; only what the scripts import
(alembic, sqlalchemy, alembic_utils, ...) must be installed.

Each revision keeps Alembic's id and its graph (`down_revision`, merges as
a comma list). What Alembic prints is kept as it is except:
- the `alembic_version` bookkeeping (its CREATE TABLE, INSERT, UPDATE,
  DELETE and DROP), which the migrator's own ledger replaces;
- the `BEGIN;` and `COMMIT;` Alembic puts around the script (the migrator
  begins and commits each revision itself);
- the `COMMIT;` ... `BEGIN;` an `autocommit_block()` writes inside it: the
  revision becomes `transactional: false` instead (every statement is then
  run on its own, as Alembic's autocommit block runs them);
- the `-- Running upgrade a -> b` comments, written as `-- alembic: ...`;
- spaces at the ends of lines (SQLAlchemy's CREATE TABLE leaves one after
  each comma), and the doubled `;;` ending alembic_utils' statements
  (its SQL ends in `;` and Alembic adds one).
Alembic's branch labels are kept; in a history with several bases, a base
without one is labelled `branch_<revision>` (the migrator asks for a
label on every base of several). `--last REV` stops the set at REV; `--files-until NAME` copies only the
scripts whose file names sort up to NAME (the later ones need the
project's own package, or cannot run offline); `--rows-only REV,...` names
revisions that only change rows by reading them through `op.get_bind()`:
their bodies are left out (a comment says so), since on the walk's empty
tables they change nothing; `--empty-rows` gives the scripts'
`op.get_bind()` an `EmptyRows` connection (their data migrations then find
no rows, as on the walk's empty tables, and only their DDL is written;
its `engine.url` is PostgreSQL's, for scripts that branch on the server,
and `MetaData.reflect()` on it gives each table the scripts name, with
the columns they name: `loose_table`);
`--catalog URL` (with `--empty-rows`; psql and psycopg2 are then needed)
makes a scratch database on that server and runs each up on it as Alembic
writes it, statement by statement: the scripts' `inspect(bind)`,
`MetaData.reflect(bind)` and `Table(autoload_with=bind)` read the schema
of the revisions so far (and of their own statements so far), as they do
on a live database, instead of failing; their row statements are still
left out. A row statement a script passes to `op.execute()` whose values
offline mode cannot render (an untyped column) is left out with a comment
(`unrendered_rows`). `--first FILE` names a revision file of the set's
own, in this format, that comes before Alembic's base (what the project
makes before its first revision); Alembic's base revision names it as its
`down_revision`, and with `--catalog` its up is run first.
`--stub PKG,...` answers imports of
the project's own packages with stand-ins (`Stubs`, whose attributes named
as SQLAlchemy's are SQLAlchemy's own, as Flask-SQLAlchemy's `db.Integer`);
`--probe` only lists the
revisions that fail offline; `--skip-down` leaves a revision's down
out (`-- migrate:down irreversible`) when its downgrade cannot run offline.
"""
import io, os, re, shutil, subprocess, sys, tempfile

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

ENV_PY = '''
from alembic import context
context.configure(url="postgresql://", dialect_name="postgresql", literal_binds=True,
                  dialect_opts={"paramstyle": "named"}, transactional_ddl=True)
if EMPTY_ROWS:
    impl = context.get_context().impl
    impl.connection = __import__("alembic_offline").EmptyRows(impl.connection)
    __import__("alembic_offline").empty_reflection()
    __import__("alembic_offline").unrendered_rows(impl)
with context.begin_transaction():
    context.run_migrations()
'''

class NoRows:
    """The result of a query on empty tables: no rows, or a count of 0."""
    rowcount = 0
    _attributes = {}
    def __init__(self, sql=""):
        self.count = bool(re.search(r"\bcount\s*\(", sql, re.I))
    def __iter__(self):
        return iter(())
    def fetchall(self):
        return []
    all = fetchall
    def fetchmany(self, size=None):
        return []
    def partitions(self, size=None):
        return iter(())
    def fetchone(self):
        return (0,) if self.count else None
    first = one = one_or_none = fetchone
    def scalar(self):
        return 0 if self.count else None
    scalar_one_or_none = scalar
    def scalars(self):
        return self
    mappings = unique = scalars
    def close(self):
        pass
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
    def __getattr__(self, attr):
        return lambda *a, **k: self

ROW_STATEMENT = re.compile(r"^\s*\(*\s*(select|with|insert|update|delete)\b", re.I)

class EmptyRows:
    """What `op.get_bind()` gives with `--empty-rows`: offline mode's mock
    connection, except that a statement on rows (SELECT, INSERT, UPDATE,
    DELETE) is not written and answers no rows, as on the walk's empty
    tables; anything else (DDL run through the bind) is written as Alembic
    writes it. ORM sessions over it begin, commit and close nothing."""
    def __init__(self, mock):
        self._mock = mock
    def execute(self, statement, *args, **kwargs):
        text = statement if isinstance(statement, str) else \
            str(statement.compile(dialect=self._mock.dialect))
        if ROW_STATEMENT.match(text):
            return NoRows(text)
        self._mock.execute(__import__("sqlalchemy").text(text) if isinstance(statement, str)
                           else statement)
        return NoRows()
    def _execute_20(self, statement, parameters=None, execution_options=None):
        return self.execute(statement)
    exec_driver_sql = execute
    def connect(self):
        return self
    def in_transaction(self):
        return False
    def in_nested_transaction(self):
        return False
    def begin(self):
        return NoRows()
    begin_nested = begin
    def close(self):
        pass
    commit = rollback = close
    def execution_options(self, **kw):
        return self
    @property
    def dialect(self):
        return CatalogDialect(self._mock.dialect) if CATALOG else self._mock.dialect
    @property
    def engine(self):
        # Scripts that branch on the server ask `bind.engine.url`.
        return self
    @property
    def url(self):
        return __import__("sqlalchemy").engine.make_url("postgresql://")
    def __getattr__(self, attr):
        return getattr(self._mock, attr)

def loose_table(name):
    """A table read back by `MetaData.reflect()` on an `EmptyRows` bind,
    which has no catalog: a table clause of the name asked for whose `.c`
    grows each column the scripts name (their row statements then build;
    none is written or finds a row)."""
    import sqlalchemy
    from sqlalchemy.sql.base import ReadOnlyColumnCollection
    class Growing(ReadOnlyColumnCollection):
        def __init__(self, collection, table):
            super().__init__(collection)
            self.__dict__["_grows"] = table
        def __getattr__(self, key):
            if key.startswith("_"):
                raise AttributeError(key)
            try:
                return ReadOnlyColumnCollection.__getattr__(self, key)
            except AttributeError:
                self.__dict__["_grows"].append_column(sqlalchemy.column(key))
                return ReadOnlyColumnCollection.__getattr__(self, key)
        __getitem__ = __getattr__
    class Loose(sqlalchemy.sql.expression.TableClause):
        @property
        def c(self):
            return Growing(self._columns, self)
        columns = c
    return Loose(name)

class LooseTables(dict):
    def __missing__(self, name):
        self[name] = loose_table(name)
        return self[name]

class CatalogDialect:
    """With `--catalog`, `bind.dialect`: PostgreSQL's, but its `has_table`,
    `has_index`, ... asked of an `EmptyRows` bind read the catalog."""
    def __init__(self, dialect):
        self._dialect = dialect
    def __getattr__(self, attr):
        real = getattr(self._dialect, attr)
        if attr in ("has_table", "has_index", "has_sequence", "has_schema"):
            def through_catalog(bind, *args, **kwargs):
                if isinstance(bind, EmptyRows):
                    return getattr(__import__("sqlalchemy").inspect(bind), attr)(*args, **kwargs)
                return real(bind, *args, **kwargs)
            return through_catalog
        return real

# `--catalog`: the scratch database holding the schema of the revisions
# written so far (their ups applied), which `EmptyRows` is inspected through.
CATALOG = os.environ.get("ALEMBIC_OFFLINE_CATALOG")
PATCHED = []

def empty_reflection():
    """`MetaData.reflect(bind)`, `Table(autoload_with=bind)` and
    `inspect(bind)` on an `EmptyRows` bind read the `--catalog` database;
    without one, `reflect` gives `LooseTables` (and the others fail)."""
    import sqlalchemy
    if PATCHED:
        return
    PATCHED.append(True)
    if CATALOG:
        engine = sqlalchemy.create_engine(CATALOG.replace("postgresql://", "postgresql+psycopg2://"),
                                          poolclass=sqlalchemy.pool.NullPool)
        sqlalchemy.inspection._inspects(EmptyRows)(lambda bind: sqlalchemy.inspect(engine))
    reflect = sqlalchemy.MetaData.reflect
    def loose_reflect(self, bind=None, *args, **kwargs):
        if isinstance(bind, EmptyRows) and not CATALOG:
            self.tables = LooseTables()
            return None
        return reflect(self, bind, *args, **kwargs)
    sqlalchemy.MetaData.reflect = loose_reflect
    # An ORM session over it: its queries find no rows either.
    from sqlalchemy import orm
    execute = orm.Session.execute
    def empty_execute(self, statement, *args, **kwargs):
        if isinstance(self.bind, EmptyRows):
            return NoRows(str(statement))
        return execute(self, statement, *args, **kwargs)
    orm.Session.execute = empty_execute

def unrendered_rows(impl):
    """A row statement (UPDATE, INSERT, DELETE) the script passes to
    `op.execute()` whose values offline mode cannot write as literals (an
    untyped `sa.column()` given a number) is left out, with a comment: on
    empty tables it changes no rows."""
    import sqlalchemy
    exec_ = impl._exec
    def guarded(construct, *args, **kwargs):
        if isinstance(construct, sqlalchemy.sql.dml.UpdateBase):
            try:
                construct.compile(dialect=impl.dialect, compile_kwargs={"literal_binds": True})
            except sqlalchemy.exc.CompileError:
                impl.static_output("-- a row statement offline mode cannot write, left out")
                return None
        return exec_(construct, *args, **kwargs)
    impl._exec = guarded

def git(repo, *args):
    return subprocess.run(["git", "-C", repo, *args], capture_output=True, check=True).stdout

ROWS_ONLY = "-- only changes rows: left out (it reads them through op.get_bind(), which\n" \
            "-- offline mode cannot do)\n"

def rows_only(text):
    """A revision script with its upgrade() and downgrade() bodies emptied."""
    out, skipping = [], False
    for line in text.split("\n"):
        if re.match(r"def (upgrade|downgrade)\(", line):
            out += [line, "    pass"]
            skipping = True
        elif skipping and line and not line[0].isspace() and not line.startswith(")"):
            skipping = False
            out.append(line)
        elif not skipping:
            out.append(line)
    return "\n".join(out)

EMPTY = False

def stand_in(name):
    """A MagicMock whose attributes named as SQLAlchemy's are SQLAlchemy's
    own: Flask-SQLAlchemy's `db.Integer`, `db.Column` in a stubbed models
    module then build real tables for the scripts' row statements."""
    import sqlalchemy, unittest.mock
    class StandIn(unittest.mock.MagicMock):
        def __getattr__(self, attr):
            if not attr.startswith("_") and hasattr(sqlalchemy, attr):
                return getattr(sqlalchemy, attr)
            return super().__getattr__(attr)
    return StandIn(name=name)

class Stubs:
    """Imports of the named packages (the project's own, which its scripts
    import for a constant or a type they do not use offline) give modules
    whose every attribute is a MagicMock."""
    def __init__(self, names):
        self.names = names
    def find_spec(self, name, path=None, target=None):
        import importlib.machinery
        if name.split(".")[0] in self.names:
            return importlib.machinery.ModuleSpec(name, self, is_package=True)
        return None
    def create_module(self, spec):
        import types
        module = types.ModuleType(spec.name)
        module.__path__ = []
        module.__getattr__ = lambda attr: stand_in(attr)
        return module
    def exec_module(self, module):
        pass

def scratch(repo, versions, until=None, rows=()):
    root = tempfile.mkdtemp(prefix="alembic_offline_")
    os.makedirs(os.path.join(root, "versions"))
    names = git(repo, "ls-tree", "--name-only", "HEAD", versions.rstrip("/") + "/").decode()
    for path in names.split():
        if path.endswith(".py") and (until is None or os.path.basename(path) <= until):
            text = git(repo, "show", f"HEAD:{path}").decode()
            # Named by its revision id (not every project starts the file
            # name with it: keep's are dated).
            if any(re.search(rf"^revision\b[^=]*=\s*[\"']{r}[\"']", text, re.M) for r in rows):
                text = rows_only(text)
            with open(os.path.join(root, "versions", os.path.basename(path)), "w") as f:
                f.write(text)
    with open(os.path.join(root, "env.py"), "w") as f:
        f.write(f"EMPTY_ROWS = {EMPTY}\n" + ENV_PY)
    shutil.copy(os.path.join(os.path.dirname(__import__("alembic").__file__),
                             "templates", "generic", "script.py.mako"), root)
    cfg = Config()
    cfg.set_main_option("script_location", root)
    return root, cfg

class Applying(io.StringIO):
    """An output buffer that also runs each statement on the `--catalog`
    database as Alembic writes it, so that a script inspecting the
    catalog after its own DDL (a column it just added) sees it."""
    def __init__(self, url):
        super().__init__()
        self.url, self.pending = url, ""
    def write(self, text):
        self.pending += text
        if self.pending.rstrip().endswith(";"):
            psql(self.url, self.pending)
            self.pending = ""
        return super().write(text)

def offline(cfg, fn, target, apply=False):
    url = os.environ.get("ALEMBIC_OFFLINE_CATALOG")
    buf = Applying(url) if apply and url else io.StringIO()
    cfg.output_buffer = buf
    fn(cfg, target, sql=True)
    return buf.getvalue()

BOOKKEEPING = re.compile(r"^(CREATE TABLE alembic_version|INSERT INTO alembic_version|"
                         r"UPDATE alembic_version|DELETE FROM alembic_version|"
                         r"DROP TABLE alembic_version)\b.*?;\n", re.S | re.M)

def clean(sql):
    """The revision's SQL without Alembic's bookkeeping, and whether it ran
    statements in an autocommit block (outside the revision's transaction)."""
    sql = BOOKKEEPING.sub("", sql)
    lines = sql.split("\n")
    # The script's own BEGIN; first and COMMIT; last.
    stmts = [i for i, l in enumerate(lines) if l.strip() and not l.startswith("--")]
    if stmts and lines[stmts[0]] == "BEGIN;":
        lines[stmts[0]] = None
    if stmts and lines[stmts[-1]] == "COMMIT;":
        lines[stmts[-1]] = None
    lines = [l for l in lines if l is not None]
    autocommit = any(l in ("BEGIN;", "COMMIT;") for l in lines)
    lines = [l for l in lines if l not in ("BEGIN;", "COMMIT;")]
    text = "\n".join(l.rstrip() for l in lines)
    text = re.sub(r";;$", ";", text, flags=re.M)
    text = re.sub(r"^-- Running (upgrade|downgrade) ", r"-- alembic: \1 ", text, flags=re.M)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"
    return text, autocommit

def slug(script):
    doc = (script.doc or "").strip().splitlines()
    s = re.sub(r"[^A-Za-z0-9_]+", "_", doc[0] if doc else "").strip("_").lower()
    return s[:60].strip("_") or "x"

def main():
    args = sys.argv[1:]
    last, skip_down = None, set()
    if "--last" in args:
        i = args.index("--last"); last = args[i + 1]; del args[i:i + 2]
    global EMPTY
    until, rows = None, ()
    if "--empty-rows" in args:
        args.remove("--empty-rows"); EMPTY = True
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    if "--stub" in args:
        i = args.index("--stub"); sys.meta_path.append(Stubs(args[i + 1].split(","))); del args[i:i + 2]
    probe = "--probe" in args
    if probe:
        args.remove("--probe")
    if "--rows-only" in args:
        i = args.index("--rows-only"); rows = tuple(args[i + 1].split(",")); del args[i:i + 2]
    if "--files-until" in args:
        i = args.index("--files-until"); until = args[i + 1]; del args[i:i + 2]
    catalog = None
    if "--catalog" in args:
        i = args.index("--catalog"); catalog = args[i + 1]; del args[i:i + 2]
    first = None
    if "--first" in args:
        i = args.index("--first"); first = args[i + 1]; del args[i:i + 2]
    if "--skip-down" in args:
        i = args.index("--skip-down"); skip_down = set(args[i + 1].split(",")); del args[i:i + 2]
    repo, versions, out, source = args
    repo, out = os.path.abspath(repo), os.path.abspath(out)
    root, cfg = scratch(repo, versions, until, rows)
    if catalog:
        # A scratch database the ups are applied to as they are written.
        name = f"alembic_offline_{os.getpid()}"
        psql(catalog, f"CREATE DATABASE {name}")
        os.environ["ALEMBIC_OFFLINE_CATALOG"] = catalog.rsplit("/", 1)[0] + "/" + name
    if first:
        # A revision of the set's own before Alembic's base: what the
        # project makes before its first revision runs.
        text = open(first).read()
        first = re.search(r"^-- revision: (\S+)", text, re.M).group(1)
        if catalog:
            up = text.split("-- migrate:up", 1)[1].split("-- migrate:down", 1)[0]
            psql(os.environ["ALEMBIC_OFFLINE_CATALOG"], up)
    # Some scripts write files where they run (fides backs rows up to CSV).
    os.chdir(root)
    try:
        scripts = list(reversed(list(ScriptDirectory.from_config(cfg).walk_revisions())))
        if last:
            # The revisions up to `last`: `last` and its ancestors.
            sd = ScriptDirectory.from_config(cfg)
            keep = {s.revision for s in sd.iterate_revisions(last, "base")}
            scripts = [s for s in scripts if s.revision in keep]
        os.makedirs(out, exist_ok=True)
        with open(os.path.join(out, "migrate.toml"), "w") as f:
            f.write('dialect = "postgres"\n')
        bases = [s for s in scripts if not s._all_down_revisions]
        for s in scripts:
            downs = s._all_down_revisions
            labels = sorted(s._orig_branch_labels or ())
            if not labels and len(bases) > 1 and s in bases:
                # Several bases need a label each (Alembic does not).
                labels = [f"branch_{s.revision}"]
            # From the revision's parents (all applied) to it.
            up_target = f"{','.join(downs)}:{s.revision}" if len(downs) == 1 else s.revision
            if len(downs) > 1:
                # A merge: Alembic's offline range cannot start at two heads;
                # a merge script runs nothing but its own body, so take the
                # upgrade from the first parent, leaving out what the other
                # branches print (their revisions are earlier files).
                up_target = f"{downs[0]}:{s.revision}"
            if probe:
                for verb, fn, target in [("up", command.upgrade, up_target),
                                         ("down", command.downgrade,
                                          f"{s.revision}:{downs[0] if downs else 'base'}")]:
                    try:
                        offline(cfg, fn, target)
                    except Exception as e:
                        print("FAILS", verb, s.revision, os.path.basename(s.path),
                              type(e).__name__, str(e)[:100])
                continue
            # The up is applied to the catalog as it is written (its down
            # then inspects the schema the up made).
            up, up_ac = clean(offline(cfg, command.upgrade, up_target, apply=len(downs) < 2))
            if len(downs) > 1:
                up = only_running(up, s.revision, "upgrade")
                if os.environ.get("ALEMBIC_OFFLINE_CATALOG"):
                    # Not as written: Alembic also wrote the other branches.
                    psql(os.environ["ALEMBIC_OFFLINE_CATALOG"], up)
            if s.revision in skip_down:
                down, down_ac = None, False
            else:
                target = f"{s.revision}:{downs[0] if downs else 'base'}"
                down, down_ac = clean(offline(cfg, command.downgrade, target))
                if len(downs) > 1:
                    down = only_running(down, s.revision, "downgrade")
            lines = [f"-- revision: {s.revision}",
                     f"-- down_revision: {', '.join(downs) if downs else first or 'none'}",
                     f"-- message: {source} {slug(s)}"]
            if labels:
                lines.append(f"-- branch_labels: {', '.join(labels)}")
            if up_ac or down_ac:
                lines.append("-- transactional: false")
            if s.revision in rows:
                up = down = ROWS_ONLY
            lines += ["", "-- migrate:up", up if up.strip() else "-- nothing to run\n"]
            if down is None:
                lines.append("-- migrate:down irreversible\n")
            else:
                lines += ["-- migrate:down", down if down.strip() else "-- nothing to run\n"]
            with open(os.path.join(out, f"{s.revision}_{slug(s)}.sql"), "w") as f:
                f.write("\n".join(lines))
        print(out, len(scripts))
    finally:
        os.chdir("/")
        shutil.rmtree(root)
        if catalog:
            psql(catalog, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

def psql(url, sql):
    subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-f", "-"],
                   input=sql.encode(), check=True, stdout=subprocess.DEVNULL,
                   env={**os.environ, "PGOPTIONS": "-c client_min_messages=error"})

def only_running(text, rev, verb):
    """The part of an offline script that runs `rev` itself."""
    parts = re.split(r"(?m)^(?=-- alembic: )", text)
    pat = rf"-- alembic: upgrade .*-> {rev}\b" if verb == "upgrade" else \
        rf"-- alembic: downgrade {rev}\b"
    keep = [p for p in parts if re.match(pat, p)]
    return "".join(keep) if keep else text

if __name__ == "__main__":
    main()
