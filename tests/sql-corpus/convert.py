#!/usr/bin/env python3
"""Converts public migration histories into the migrate file format.

Usage: convert.py OUT SUPABASE_AUTH CHIRPSTACK HYDRA [KRATOS], each a git checkout
(or bare repository) at the commit README.md names. Each source revision
becomes one file whose down_revision is the one before it in the source's
own order; a source without a down file gets '-- migrate:down irreversible';
an empty source file gets a comment saying so (an up section may not be blank).
"""
import os, re, subprocess, sys

def git_ls(repo, prefix):
    out = subprocess.run(["git", "-C", repo, "ls-tree", "-r", "--name-only", "HEAD", prefix],
                         capture_output=True, text=True, check=True).stdout
    return [l for l in out.splitlines() if l]

def git_show(repo, path):
    return subprocess.run(["git", "-C", repo, "show", f"HEAD:{path}"], capture_output=True,
                          check=True).stdout.decode("utf-8")

def body(text, what):
    text = text.replace("\r\n", "\n").lstrip("\ufeff")
    if not text.strip():
        return f"-- empty {what} in the source history\n"
    return text if text.endswith("\n") else text + "\n"

def write(out, revs, dialect, source):
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "migrate.toml"), "w") as f:
        f.write(f'dialect = "{dialect}"\n')
    prev = "none"
    for rev in revs:
        rid, slug, up, down = rev[:4]
        autocommit = len(rev) > 4 and rev[4]
        slug = re.sub(r"[^A-Za-z0-9_]+", "_", slug).strip("_") or "x"
        lines = [f"-- revision: {rid}", f"-- down_revision: {prev}", f"-- message: {source} {slug}"]
        if autocommit:
            lines.append("-- transactional: false")
        lines += ["", "-- migrate:up", body(up, "up")]
        if down is None:
            lines.append("-- migrate:down irreversible\n")
        else:
            lines += ["-- migrate:down", body(down, "down")]
        with open(os.path.join(out, f"{rid}_{slug}.sql"), "w") as f:
            f.write("\n".join(lines))
        prev = rid
    print(out, len(revs))

def supabase(repo, out):
    revs = []
    for p in sorted(git_ls(repo, "migrations/")):
        m = re.match(r"migrations/(\d+)_(.*)\.up\.sql$", p)
        if not m: continue
        up = re.sub(r'\{\{\s*index \.Options "Namespace"\s*\}\}', "auth", git_show(repo, p))
        revs.append((f"v{m.group(1)}", m.group(2), up, None))
    write(out, revs, "postgres", "supabase/auth")

def chirpstack(repo, out, sub, dialect):
    dirs = {}
    for p in git_ls(repo, f"chirpstack/{sub}/"):
        m = re.match(rf"chirpstack/{sub}/([^/]+)/(up|down)\.sql$", p)
        if m: dirs.setdefault(m.group(1), {})[m.group(2)] = git_show(repo, p)
    revs = []
    for d in sorted(dirs):
        ver, _, slug = d.partition("_")
        revs.append(("v" + ver.replace("-", ""), slug, dirs[d].get("up", ""), dirs[d].get("down")))
    write(out, revs, dialect, "chirpstack/chirpstack")

def popx(repo, out, prefix, dialect, names, source="ory/hydra"):
    files = {}
    for p in git_ls(repo, prefix):
        # pop's names: VERSION_NAME[.DIALECT][.autocommit].(up|down).sql
        m = re.match(r".*/(\d+)_([^.]+)\.(?:([a-z0-9]+)\.)??(autocommit\.)?(up|down)\.sql$", p)
        if m: files.setdefault((m.group(1), m.group(2)), {})[(m.group(3), m.group(5))] = (p, bool(m.group(4)))
    revs = []
    for (ver, slug), fs in sorted(files.items()):
        def pick(direction):
            for d in names + [None]:
                if (d, direction) in fs: return fs[(d, direction)]
            return None
        up = pick("up")
        if up is None: continue
        down = pick("down") if any(k[1] == "down" for k in fs) else None
        revs.append((f"v{ver}", slug, git_show(repo, up[0]),
                     git_show(repo, down[0]) if down else None, up[1]))
    write(out, revs, dialect, source)

root, supa, chirp, hydra = sys.argv[1:5]
kratos = sys.argv[5] if len(sys.argv) > 5 else None
supabase(supa, f"{root}/postgres/supabase-auth")
chirpstack(chirp, f"{root}/postgres/chirpstack", "migrations_postgres", "postgres")
chirpstack(chirp, f"{root}/sqlite/chirpstack", "migrations_sqlite", "sqlite")
popx(hydra, f"{root}/postgres/hydra", "persistence/sql/migrations/", "postgres", ["postgres"])
popx(hydra, f"{root}/sqlite-fk-off/hydra", "persistence/sql/migrations/", "sqlite", ["sqlite", "sqlite3"])
if kratos:
    popx(kratos, f"{root}/sqlite-bench/kratos", "persistence/sql/migrations/sql/", "sqlite",
         ["sqlite3", "sqlite"], "ory/kratos")
