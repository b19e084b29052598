#!/usr/bin/env bash
# The first build of a new crate that embeds a PostgreSQL set and offers
# `myapp migrate` (run_embedded), in two layouts built in one run, each from
# a cold target directory (the registry already downloaded, offline, -j 2):
#
#   before: migraph-cli with every feature in the app, and the xtask in a
#           workspace of its own (its own target directory), as `init` wrote it;
#   after:  migraph-cli with `default-features = false, features =
#           ["postgres"]`, and the xtask a member of the crate's workspace.
#
# Usage: xtask/first-build.sh BEFORE_SRC AFTER_SRC OUT
# (two source trees of this repository, e.g. from `git archive`; OUT is
# emptied). BENCHMARKS.md has a run's figures.
set -euo pipefail
BEFORE=$1; REPO=$2; OUT=$3
mk() { # dir cli-dep xtask-own-workspace repo
  local d=$1; local REPO=$4; rm -rf $d; mkdir -p $d/src $d/migrations $d/xtask/src
  cat > $d/Cargo.toml <<T
[package]
name = "fresh_app"
version = "0.1.0"
edition = "2021"

[dependencies]
migraph = { path = "$REPO", features = ["postgres"] }
$2
tokio = { version = "1", features = ["rt"] }
T
  cat > $d/src/main.rs <<'R'
use migraph::{migrations, Migrations};
static MIGRATIONS: Migrations = migrations!("migrations");
fn main() -> std::process::ExitCode {
    migraph_cli::run_embedded(&MIGRATIONS, std::env::args_os().skip(1))
}
R
  printf 'dialect = "postgres"\n' > $d/migrations/migrate.toml
  printf -- '-- revision: a1\n-- down_revision: none\n\n-- migrate:up\nCREATE TABLE t (x int);\n\n-- migrate:down\nDROP TABLE t;\n' > $d/migrations/a1_t.sql
  printf 'fn main() { println!("cargo:rerun-if-changed=migrations"); }\n' > $d/build.rs
  printf '[package]\nname = "xtask"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n[dependencies]\nmigraph-cli = { path = "%s/migrate-cli" }\n' "$REPO" > $d/xtask/Cargo.toml
  printf 'fn main() -> std::process::ExitCode { migraph_cli::run(std::env::args()) }\n' > $d/xtask/src/main.rs
  if [ "$3" = own ]; then printf '\n[workspace]\n' >> $d/xtask/Cargo.toml; else printf '\n[workspace]\nmembers = ["xtask"]\n' >> $d/Cargo.toml; fi
}
# Wall seconds / CPU seconds (user + system of cargo and every rustc, cc).
t() { /usr/bin/time -f "%e/%U/%S" -o /tmp/fb/time.$$ "$@" >/dev/null 2>&1 || { echo "FAILED: $*"; exit 1; }; awk -F/ '{printf "%.0fs wall, %.0fs CPU", $1, $2+$3}' /tmp/fb/time.$$; }
export CARGO_NET_OFFLINE=true
unset CARGO_TARGET_DIR
B=$OUT/before; A=$OUT/after
mk $B 'migraph-cli = { path = "'$BEFORE'/migrate-cli" }' own $BEFORE
mk $A 'migraph-cli = { path = "'$REPO'/migrate-cli", default-features = false, features = ["postgres"] }' member $REPO
cd $B; cargo generate-lockfile --offline >/dev/null 2>&1; (cd xtask && cargo generate-lockfile --offline >/dev/null 2>&1)
cd $A; cargo generate-lockfile --offline >/dev/null 2>&1
cd $B; ba=$(t cargo build -j 2); bx=$(t cargo build -j 2 --manifest-path xtask/Cargo.toml)
cd $A; aa=$(t cargo build -j 2); ax=$(t cargo build -j 2 -p xtask)
echo "before app_s=$ba xtask_s=$bx bin=$(stat -c %s $B/target/debug/fresh_app) target=$(du -sb $B/target | cut -f1) xtask_target=$(du -sb $B/xtask/target | cut -f1)"
echo "after  app_s=$aa xtask_s=$ax bin=$(stat -c %s $A/target/debug/fresh_app) target=$(du -sb $A/target | cut -f1)"
# What is linked into the binary (proc macros' own dependencies left out).
for v in $B $A; do
  tree=$(cargo tree --manifest-path $v/Cargo.toml -p fresh_app -e normal,no-proc-macro --prefix none 2>/dev/null | sort -u)
  echo "$v: $(echo "$tree" | wc -l) crates in the binary, of them $(echo "$tree" | grep -cE '^(sqlx-mysql|sqlx-sqlite|libsqlite3-sys|rusqlite|squawk-parser|squawk-lexer) ') of: sqlx-mysql sqlx-sqlite libsqlite3-sys rusqlite squawk-parser squawk-lexer"
done
