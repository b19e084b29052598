#!/usr/bin/env python3
"""Converts an Alembic history into the migrate file format with Alembic's
own offline mode: for each revision, `alembic upgrade <prev>:<rev> --sql`
and `alembic downgrade <rev>:<prev> --sql` against the postgresql dialect.

Usage: alembic_offline.py REPO VERSIONS OUT SOURCE [--last REV] [--skip-down REV,...]

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
no rows, as on the walk's empty tables, and only their DDL is written);
`--stub PKG,...` answers imports of
the project's own packages with stand-ins (`Stubs`); `--probe` only lists the
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
with context.begin_transaction():
    context.run_migrations()
'''

class NoRows:
    """The result of a query on empty tables: no rows, or a count of 0."""
    rowcount = 0
    def __init__(self, sql=""):
        self.count = bool(re.search(r"\bcount\s*\(", sql, re.I))
    def __iter__(self):
        return iter(())
    def fetchall(self):
        return []
    all = fetchall
    def fetchone(self):
        return (0,) if self.count else None
    first = one_or_none = fetchone
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
    def __getattr__(self, attr):
        return getattr(self._mock, attr)

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
        import types, unittest.mock
        module = types.ModuleType(spec.name)
        module.__path__ = []
        module.__getattr__ = lambda attr: unittest.mock.MagicMock(name=attr)
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
            if any(os.path.basename(path).startswith(r) for r in rows):
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

def offline(cfg, fn, target):
    buf = io.StringIO()
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
    if "--skip-down" in args:
        i = args.index("--skip-down"); skip_down = set(args[i + 1].split(",")); del args[i:i + 2]
    repo, versions, out, source = args
    repo, out = os.path.abspath(repo), os.path.abspath(out)
    root, cfg = scratch(repo, versions, until, rows)
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
            prev = "+".join(downs) if downs else "base"
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
            up, up_ac = clean(offline(cfg, command.upgrade, up_target))
            if len(downs) > 1:
                up = only_running(up, s.revision, "upgrade")
            if s.revision in skip_down:
                down, down_ac = None, False
            else:
                target = f"{s.revision}:{downs[0] if downs else 'base'}"
                down, down_ac = clean(offline(cfg, command.downgrade, target))
                if len(downs) > 1:
                    down = only_running(down, s.revision, "downgrade")
            lines = [f"-- revision: {s.revision}",
                     f"-- down_revision: {', '.join(downs) if downs else 'none'}",
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
        shutil.rmtree(root)

def only_running(text, rev, verb):
    """The part of an offline script that runs `rev` itself."""
    parts = re.split(r"(?m)^(?=-- alembic: )", text)
    pat = rf"-- alembic: upgrade .*-> {rev}\b" if verb == "upgrade" else \
        rf"-- alembic: downgrade {rev}\b"
    keep = [p for p in parts if re.match(pat, p)]
    return "".join(keep) if keep else text

if __name__ == "__main__":
    main()
