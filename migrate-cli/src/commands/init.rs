//! `init`: set up a crate for `migrations!()`: the migration directory (with
//! `migrate.toml` when a dialect is given), the build script that re-checks
//! it when files come and go, an `xtask` that fronts this CLI and depends on
//! it the way the crate depends on the facade, `.gitattributes` so checksums
//! survive Windows, and `migrate.db` in `.gitignore`.

use std::io::Write;
use std::path::{Component, Path, PathBuf};

use migraph_core::{Settings, SqlDialect};

use crate::Failure;

/// What `build.rs` must print for new files to trigger a rebuild.
const RERUN: &str = "cargo:rerun-if-changed=";

/// The facade's package name, as users depend on it.
const FACADE: &str = "migraph";
/// This CLI's package name.
const CLI: &str = "migraph-cli";
/// The CLI's folder next to the facade's manifest.
const CLI_DIR: &str = "migrate-cli";
/// `cargo xtask`: the xtask is a member of the crate's workspace, so it
/// builds into the same target directory, from the same Cargo.lock.
const ALIAS: &str = "xtask = \"run --quiet --package xtask --\"";

pub struct Init<'a> {
    pub krate: &'a Path,
    /// The migration directory, relative to the crate (`<dir>/<NAME>` for a
    /// named set).
    pub dir: &'a Path,
    /// `--dialect`: written to `migrate.toml`.
    pub dialect: Option<&'a str>,
    /// `--database NAME`: the set's name, for the next-steps text.
    pub database: Option<&'a str>,
    /// Write path dependencies to this checkout of migraph (overrides what
    /// the crate's `Cargo.toml` says; for this repository's own tests).
    pub migrate_path: Option<&'a Path>,
}

/// How the crate depends on the facade, and so how its xtask depends on the CLI.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Source {
    /// A path, as written in the xtask's manifest (relative to `xtask/`).
    Path(String),
    /// A git repository, with its `rev`, `branch` or `tag` if any.
    Git {
        url: String,
        pin: Option<(&'static str, String)>,
    },
    /// A registry version requirement.
    Version(String),
}

impl Source {
    /// The `[dependencies]` line for the CLI in the crate's own manifest
    /// (for `run_embedded`): as the xtask's, with a relative path one
    /// level up; with a declared dialect, only that driver (the embedded
    /// set was checked when it was built, so neither the other drivers nor
    /// the SQL check need to be in the application's binary).
    fn crate_cli_dependency(&self, dialect: Option<&str>) -> String {
        let own = match self {
            Source::Path(path) if path.starts_with("../") => {
                Source::Path(path["../".len()..].to_owned())
            }
            other => other.clone(),
        };
        match dialect {
            Some(dialect) => format!(
                "{CLI} = {{ {}, default-features = false, features = [{}] }}",
                own.fields(),
                toml_string(dialect)
            ),
            None => own.cli_dependency(),
        }
    }

    /// The `[dependencies]` line for the CLI.
    fn cli_dependency(&self) -> String {
        match self {
            Source::Version(version) => format!("{CLI} = {}", toml_string(version)),
            _ => format!("{CLI} = {{ {} }}", self.fields()),
        }
    }

    /// Where the CLI comes from, as the fields of an inline table.
    fn fields(&self) -> String {
        let quote = |s: &str| toml_string(s);
        match self {
            Source::Path(path) => format!("path = {}", quote(path)),
            Source::Git { url, pin } => {
                let pin = pin
                    .as_ref()
                    .map(|(key, value)| format!(", {key} = {}", quote(value)))
                    .unwrap_or_default();
                format!("git = {}{pin}", quote(url))
            }
            Source::Version(version) => format!("version = {}", quote(version)),
        }
    }
}

fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

pub fn run(init: Init<'_>, out: &mut dyn Write) -> Result<(), Failure> {
    let krate = init.krate;
    if !krate.join("Cargo.toml").is_file() {
        return Err(Failure(format!(
            "{} has no Cargo.toml; run init in the crate that will call migrations!()",
            krate.display()
        )));
    }
    // The top directory (--dir, what the xtask and build.rs watch) and the
    // set's own directory (<dir>/<NAME> with --database NAME).
    let top_text = init.dir.to_string_lossy().replace('\\', "/");
    let set_dir = match init.database {
        Some(name) => init.dir.join(name),
        None => init.dir.to_path_buf(),
    };
    let dir_text = set_dir.to_string_lossy().replace('\\', "/");
    let source = match init.migrate_path {
        Some(path) => Ok(Source::Path(
            path.join(CLI_DIR).to_string_lossy().replace('\\', "/"),
        )),
        None => facade_source(krate),
    };
    let mut done = Vec::new();

    let migrations = krate.join(&set_dir);
    if !migrations.exists() {
        std::fs::create_dir_all(&migrations)?;
        std::fs::write(migrations.join("README.md"), README)?;
        done.push(format!(
            "created {dir_text}/ (add revisions with: cargo xtask new-migration -m \"...\")"
        ));
    }

    if let Some(dialect) = init.dialect {
        let sql_dialect = SqlDialect::from_name(dialect)
            .ok_or_else(|| Failure(format!("unknown dialect '{dialect}'")))?;
        let settings = migrations.join(migraph_core::settings::FILE_NAME);
        match std::fs::read_to_string(&settings) {
            Ok(text) if text.contains(&format!("dialect = \"{dialect}\"")) => {}
            Ok(_) => done.push(format!(
                "{dir_text}/migrate.toml exists and was left alone: set dialect = \"{dialect}\" in it yourself"
            )),
            Err(_) => {
                std::fs::write(&settings, Settings::render(sql_dialect))?;
                done.push(format!(
                    "wrote {dir_text}/migrate.toml (dialect = \"{dialect}\": every revision's SQL is checked at build time)"
                ));
            }
        }
        let manifest = krate.join("Cargo.toml");
        let text = std::fs::read_to_string(&manifest)?;
        if !text.contains("[profile.dev.package.squawk-parser]") {
            let mut text = text;
            if !text.ends_with('\n') {
                text.push('\n');
            }
            text.push('\n');
            text.push_str(migraph_core::settings::PROFILE_OVERRIDES);
            std::fs::write(&manifest, text)?;
            done.push(
                "added [profile.dev.package.*] opt-level = 3 for the SQL check's parsers to Cargo.toml \
                 (move them to the workspace's root Cargo.toml if this crate is a member)"
                    .to_owned(),
            );
        }
    }

    // Without a URL the CLI uses the SQLite file migrate.db in the crate
    // (a named set takes its URL from DATABASE_URL_<NAME> instead).
    if init.database.is_none() && matches!(init.dialect, None | Some("sqlite")) {
        ignore(
            krate,
            "/migrate.db",
            "the default SQLite database",
            &mut done,
        )?;
    }

    let build = krate.join("build.rs");
    let rerun_line = format!("    println!(\"{RERUN}{top_text}\");");
    if !build.exists() {
        std::fs::write(
            &build,
            format!("//! Re-checks the migrations when a file is added or removed.\n\nfn main() {{\n{rerun_line}\n}}\n"),
        )?;
        done.push(
            "created build.rs (re-checks the migrations when files are added or removed)"
                .to_owned(),
        );
    } else if !std::fs::read_to_string(&build)?.contains(&format!("{RERUN}{top_text}")) {
        done.push(format!(
            "build.rs exists: add this line to its main() yourself, or new migration files will not be noticed:\n{rerun_line}"
        ));
    }

    let attributes = krate.join(".gitattributes");
    let existing = std::fs::read_to_string(&attributes).unwrap_or_default();
    if !existing.lines().any(|l| l.trim() == "*.sql text eol=lf") {
        let mut text = existing;
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str("*.sql text eol=lf\n");
        std::fs::write(&attributes, text)?;
        done.push("wrote *.sql text eol=lf to .gitattributes".to_owned());
    }

    let xtask = krate.join("xtask");
    if let (false, Err(why)) = (xtask.exists(), &source) {
        done.push(format!("xtask/ not written: {why}"));
    } else if let (false, Ok(source)) = (xtask.exists(), &source) {
        // The xtask runs on the top directory; `--database NAME` picks a set.
        write_xtask(&xtask, &top_text, source)?;
        done.push("created xtask/ (cargo xtask <command>, e.g. cargo xtask upgrade)".to_owned());
        done.push(join_workspace(krate)?);
        let config_dir = krate.join(".cargo");
        let config = config_dir.join("config.toml");
        let text = std::fs::read_to_string(&config).unwrap_or_default();
        if !text.contains("xtask") {
            std::fs::create_dir_all(&config_dir)?;
            let alias = if text.contains("[alias]") {
                text.replacen("[alias]", &format!("[alias]\n{ALIAS}"), 1)
            } else {
                format!(
                    "{text}{}[alias]\n{ALIAS}\n",
                    if text.is_empty() { "" } else { "\n" }
                )
            };
            std::fs::write(&config, alias)?;
            done.push("added the xtask alias to .cargo/config.toml".to_owned());
        }
    }

    if done.is_empty() {
        writeln!(out, "{} is already set up", krate.display())?;
    }
    for line in done {
        writeln!(out, "{line}")?;
    }
    write!(
        out,
        "{}",
        next_steps(&init, &dir_text, source.as_ref().ok())
    )?;
    Ok(())
}

/// Adds `line` to the crate's `.gitignore` unless it (or its form without
/// the leading `/`) is there.
fn ignore(krate: &Path, line: &str, what: &str, done: &mut Vec<String>) -> Result<(), Failure> {
    let path = krate.join(".gitignore");
    let existing = std::fs::read_to_string(&path).unwrap_or_default();
    let bare = line.trim_start_matches('/');
    if existing.lines().any(|l| {
        let l = l.trim().trim_end_matches('/');
        l == line || l == bare
    }) {
        return Ok(());
    }
    let mut text = existing;
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(line);
    text.push('\n');
    std::fs::write(&path, text)?;
    done.push(format!("added {line} ({what}) to .gitignore"));
    Ok(())
}

/// What to do after `init`: the driver feature, the embedding and the
/// start-up call, the first revision, and the application's own `migrate`
/// command.
fn next_steps(init: &Init<'_>, dir_text: &str, source: Option<&Source>) -> String {
    let has_facade = source.is_some();
    let features = match init.dialect {
        Some(dialect) => format!("\"{dialect}\""),
        None => "\"postgres\", \"sqlite\" or \"mysql\" (the database you use)".to_owned(),
    };
    let (pool, url) = match init.dialect {
        Some("postgres") => ("PgPool", "postgres://..."),
        Some("mysql") => ("MySqlPool", "mysql://..."),
        _ => ("SqlitePool", "sqlite://app.db?mode=rwc"),
    };
    let set = init
        .database
        .map(|name| format!(" --database {name}"))
        .unwrap_or_default();
    let mut text = String::from("next steps:\n");
    if has_facade {
        text.push_str(&format!(
            "  1. enable the driver: the {FACADE} dependency needs features = [{features}]\n"
        ));
    } else {
        text.push_str(&format!(
            "  1. add {FACADE} to [dependencies] with features = [{features}], then run init again for the xtask\n"
        ));
    }
    text.push_str(&format!(
        "  2. embed the directory and upgrade at start-up:\n\
         \x20      static MIGRATIONS: {FACADE}::Migrations = {FACADE}::migrations!(\"{dir_text}\");\n\
         \x20      let pool = {FACADE}::sqlx::{pool}::connect(\"{url}\").await?;\n\
         \x20      MIGRATIONS.upgrade(&pool, {FACADE}::Target::HEADS).await?;\n\
         \x20 3. write the first revision: cargo xtask{set} new-migration -m \"create the first table\"\n"
    ));
    // Where `cargo xtask upgrade` finds the database, unless it is the default SQLite file.
    let variable = init
        .database
        .map_or_else(|| "DATABASE_URL".to_owned(), crate::database::set_variable);
    let mut step = 4;
    if init.database.is_some() || matches!(init.dialect, Some("postgres" | "mysql")) {
        text.push_str(&format!(
            "  {step}. apply it from the command line: {variable}={url} cargo xtask{set} upgrade\n"
        ));
        step += 1;
    }
    let cli = source.map_or_else(
        || format!("{CLI} (the same version as {FACADE})"),
        |source| source.crate_cli_dependency(init.dialect),
    );
    text.push_str(&format!(
        "  {step}. optional, for operators on a host without the files (myapp migrate current, \
         myapp migrate downgrade -1): add {cli} to [dependencies] and, in main, when the first \
         argument is \"migrate\", return {CLI_CRATE}::run_embedded(&MIGRATIONS, std::env::args_os().skip(1))\n"
    ));
    text
}

/// The CLI's crate name, as Rust code names it.
const CLI_CRATE: &str = "migraph_cli";

/// How the crate at `krate` depends on the facade: from its `Cargo.toml`'s
/// `[dependencies]` (or the workspace's, for `workspace = true`).
fn facade_source(krate: &Path) -> Result<Source, String> {
    let krate = &krate.canonicalize().unwrap_or_else(|_| krate.to_path_buf());
    let manifest = krate.join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest)
        .map_err(|err| format!("cannot read {}: {err}", manifest.display()))?;
    let doc: toml::Table = text
        .parse()
        .map_err(|err| format!("{} is not valid TOML: {err}", manifest.display()))?;
    let missing = || {
        format!(
            "{} does not depend on {FACADE}; add it to [dependencies] (a version, \
             a path or a git source) and run init again",
            manifest.display()
        )
    };
    let entry = find_dependency(&doc).ok_or_else(missing)?;
    if entry.get("workspace").and_then(toml::Value::as_bool) == Some(true) {
        // Inherited: the workspace manifest above says where it comes from.
        for root in krate.ancestors().skip(1) {
            let path = root.join("Cargo.toml");
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let Ok(doc) = text.parse::<toml::Table>() else {
                continue;
            };
            let Some(deps) = doc.get("workspace").and_then(|w| w.get("dependencies")) else {
                continue;
            };
            let entry = deps
                .as_table()
                .and_then(|t| dependency_in(t))
                .ok_or_else(missing)?;
            return source_of(entry, root, krate);
        }
        return Err(missing());
    }
    source_of(entry, krate, krate)
}

/// The facade's entry in `[dependencies]` (or dev/build dependencies).
fn find_dependency(doc: &toml::Table) -> Option<&toml::Value> {
    ["dependencies", "dev-dependencies", "build-dependencies"]
        .iter()
        .filter_map(|key| doc.get(*key).and_then(toml::Value::as_table))
        .find_map(dependency_in)
}

fn dependency_in(table: &toml::Table) -> Option<&toml::Value> {
    table.get(FACADE).or_else(|| {
        table
            .values()
            .find(|v| v.get("package").and_then(toml::Value::as_str) == Some(FACADE))
    })
}

/// The source of a dependency entry written in the manifest at `base`, as
/// the xtask at `krate/xtask` must write it.
fn source_of(entry: &toml::Value, base: &Path, krate: &Path) -> Result<Source, String> {
    if let Some(version) = entry.as_str() {
        return Ok(Source::Version(version.to_owned()));
    }
    let field = |key: &str| entry.get(key).and_then(toml::Value::as_str);
    if let Some(path) = field("path") {
        let path = Path::new(path);
        let cli = if path.is_absolute() {
            path.join(CLI_DIR)
        } else {
            relative_to(&krate.join("xtask"), &base.join(path).join(CLI_DIR))
        };
        return Ok(Source::Path(cli.to_string_lossy().replace('\\', "/")));
    }
    if let Some(url) = field("git") {
        let pin = ["rev", "tag", "branch"]
            .into_iter()
            .find_map(|key| field(key).map(|value| (key, value.to_owned())));
        return Ok(Source::Git {
            url: url.to_owned(),
            pin,
        });
    }
    if let Some(version) = field("version") {
        return Ok(Source::Version(version.to_owned()));
    }
    Err(format!(
        "cannot tell where {FACADE} comes from in {}; give it a version, a path or a git source",
        base.join("Cargo.toml").display()
    ))
}

/// `to` as a path relative to the directory `from`, both taken lexically
/// (no file system access: the xtask directory does not exist yet).
fn relative_to(from: &Path, to: &Path) -> PathBuf {
    fn absolute(p: &Path) -> Vec<Component<'_>> {
        let mut parts: Vec<Component<'_>> = Vec::new();
        for part in p.components() {
            match part {
                Component::CurDir => {}
                Component::ParentDir if matches!(parts.last(), Some(Component::Normal(_))) => {
                    parts.pop();
                }
                other => parts.push(other),
            }
        }
        parts
    }
    let (from, to) = (absolute(from), absolute(to));
    let shared = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut out = PathBuf::new();
    for _ in shared..from.len() {
        out.push("..");
    }
    for part in &to[shared..] {
        out.push(part.as_os_str());
    }
    out
}

/// Makes `xtask/` a member of the workspace the crate belongs to (its own
/// `[workspace]`, one above it, or a new one with the crate as root), so
/// the xtask shares the crate's target directory and Cargo.lock: the
/// dependencies both use are compiled once. Edits keep the manifest's
/// formatting and comments. Returns what it did, for the summary.
fn join_workspace(krate: &Path) -> Result<String, Failure> {
    let krate = krate.canonicalize()?;
    let root = workspace_root(&krate).unwrap_or_else(|| krate.clone());
    let member = relative_to(&root, &krate.join("xtask"))
        .to_string_lossy()
        .replace('\\', "/");
    let manifest = root.join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest)?;
    let mut doc: toml_edit::DocumentMut = text
        .parse()
        .map_err(|err| Failure(format!("{} is not valid TOML: {err}", manifest.display())))?;
    let workspace = doc
        .entry("workspace")
        .or_insert_with(|| toml_edit::Item::Table(toml_edit::Table::new()))
        .as_table_mut()
        .ok_or_else(|| Failure(format!("{}: workspace is not a table", manifest.display())))?;
    let members = workspace
        .entry("members")
        .or_insert_with(|| toml_edit::value(toml_edit::Array::new()))
        .as_array_mut()
        .ok_or_else(|| {
            Failure(format!(
                "{}: workspace.members is not a list",
                manifest.display()
            ))
        })?;
    let shown = if root == krate {
        "Cargo.toml".to_owned()
    } else {
        manifest.display().to_string()
    };
    if members.iter().any(|m| m.as_str() == Some(member.as_str())) {
        return Ok(format!(
            "{member} is already a member of the workspace in {shown}"
        ));
    }
    members.push(member.as_str());
    std::fs::write(&manifest, doc.to_string())?;
    Ok(format!(
        "added {member} to [workspace] members in {shown} (it shares the crate's target directory)"
    ))
}

/// The root of the workspace `krate` is a member of, as cargo says; `None`
/// when cargo cannot tell (no cargo, or a directory above claims the crate
/// without listing it): then the crate becomes a workspace root itself.
fn workspace_root(krate: &Path) -> Option<PathBuf> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = std::process::Command::new(cargo)
        .args(["locate-project", "--workspace", "--message-format", "plain"])
        .current_dir(krate)
        .stderr(std::process::Stdio::null())
        .output()
        .ok()
        .filter(|output| output.status.success())?;
    let manifest = PathBuf::from(String::from_utf8(output.stdout).ok()?.trim());
    manifest.parent()?.canonicalize().ok()
}

fn write_xtask(xtask: &Path, dir: &str, source: &Source) -> Result<(), Failure> {
    let dependency = source.cli_dependency();
    std::fs::create_dir_all(xtask.join("src"))?;
    std::fs::write(
        xtask.join("Cargo.toml"),
        format!(
            "[package]\nname = \"xtask\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
             [dependencies]\n{dependency}\n"
        ),
    )?;
    std::fs::write(
        xtask.join("src/main.rs"),
        format!(
            r#"//! `cargo xtask <command>`: the migraph CLI on this crate's `{dir}/`.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {{
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    if let Err(err) = std::env::set_current_dir(&root) {{
        eprintln!("error: cannot enter {{}}: {{err}}", root.display());
        return ExitCode::FAILURE;
    }}
    let args = std::env::args().skip(1);
    let dir = ["--dir".to_owned(), "{dir}".to_owned()];
    migraph_cli::run(std::iter::once("cargo xtask".to_owned()).chain(dir).chain(args))
}}
"#
        ),
    )?;
    Ok(())
}

const README: &str = "# Migrations\n\n\
One file per revision, `<revision>_<slug>.sql`, checked by `migrations!()` when the crate compiles.\n\
Create one with `cargo xtask new-migration -m \"what it does\"`; see the migraph README for the format.\n";

#[cfg(test)]
mod tests {
    use super::*;

    fn krate(name: &str, manifest: &str) -> PathBuf {
        let krate =
            std::env::temp_dir().join(format!("migrate-init-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&krate);
        std::fs::create_dir_all(&krate).unwrap();
        std::fs::write(krate.join("Cargo.toml"), manifest).unwrap();
        krate
    }

    fn init<'a>(krate: &'a Path) -> Init<'a> {
        Init {
            krate,
            dir: Path::new("migrations"),
            dialect: None,
            database: None,
            migrate_path: None,
        }
    }

    fn read(path: PathBuf) -> String {
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    #[test]
    fn sets_up_a_crate_once() {
        let krate = krate(
            "once",
            "[package]\nname = \"app\"\n[dependencies]\nmigraph = \"0.3\"\n",
        );
        std::fs::write(krate.join(".gitattributes"), "*.png binary").unwrap();
        std::fs::write(krate.join(".gitignore"), "/target").unwrap();
        let mut out = Vec::new();
        run(init(&krate), &mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(krate.join("migrations/README.md").is_file());
        assert!(read(krate.join("build.rs")).contains("cargo:rerun-if-changed=migrations"));
        assert_eq!(
            read(krate.join(".gitattributes")),
            "*.png binary\n*.sql text eol=lf\n"
        );
        assert_eq!(read(krate.join(".gitignore")), "/target\n/migrate.db\n");
        assert!(read(krate.join(".cargo/config.toml"))
            .contains("xtask = \"run --quiet --package xtask --\""));
        assert!(read(krate.join("xtask/Cargo.toml")).contains("migraph-cli = \"0.3\""));
        // The xtask is a member of the crate's (new) workspace: one target
        // directory, one Cargo.lock.
        let manifest = read(krate.join("Cargo.toml"));
        assert!(
            manifest.ends_with("\n[workspace]\nmembers = [\"xtask\"]\n"),
            "{manifest}"
        );
        assert!(!read(krate.join("xtask/Cargo.toml")).contains("[workspace]"));
        assert!(!krate.join("migrations/migrate.toml").exists());
        // The next steps name the feature and the start-up call.
        assert!(
            out.contains("features = [\"postgres\", \"sqlite\" or \"mysql\""),
            "{out}"
        );
        assert!(
            out.contains("MIGRATIONS.upgrade(&pool, migraph::Target::HEADS)"),
            "{out}"
        );
        // And what an application's own `migrate` command needs.
        assert!(
            out.contains("add migraph-cli = \"0.3\" to [dependencies]"),
            "{out}"
        );
        assert!(
            out.contains("migraph_cli::run_embedded(&MIGRATIONS, std::env::args_os().skip(1))"),
            "{out}"
        );
        // A second run changes nothing.
        let mut again = Vec::new();
        run(init(&krate), &mut again).unwrap();
        assert!(String::from_utf8(again).unwrap().contains("already set up"));
        let _ = std::fs::remove_dir_all(&krate);
    }

    #[test]
    fn dialect_and_named_set() {
        let krate = krate(
            "named",
            "[package]\nname = \"app\"\n[dependencies]\nmigraph = { version = \"0.3\", features = [\"postgres\"] }\n",
        );
        let mut out = Vec::new();
        let setup = Init {
            dialect: Some("postgres"),
            database: Some("timescale"),
            ..init(&krate)
        };
        run(setup, &mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        let settings = read(krate.join("migrations/timescale/migrate.toml"));
        assert!(
            settings.lines().any(|l| l == "dialect = \"postgres\""),
            "{settings}"
        );
        assert!(settings.contains("# lock_timeout = \"5s\""), "{settings}");
        // Not SQLite, and a named set: no migrate.db to ignore.
        // (The xtask builds into the crate's target directory: nothing of its own.)
        assert!(!krate.join(".gitignore").exists());
        assert!(read(krate.join("build.rs")).contains("rerun-if-changed=migrations\""));
        assert!(
            out.contains("migrations!(\"migrations/timescale\")"),
            "{out}"
        );
        assert!(out.contains("PgPool"), "{out}");
        assert!(
            out.contains("cargo xtask --database timescale new-migration"),
            "{out}"
        );
        // The application's own CLI takes only the declared driver.
        assert!(
            out.contains(
                "add migraph-cli = { version = \"0.3\", default-features = false, \
                 features = [\"postgres\"] } to [dependencies]"
            ),
            "{out}"
        );
        let _ = std::fs::remove_dir_all(&krate);
    }

    #[test]
    fn the_xtask_depends_on_the_cli_as_the_crate_depends_on_the_facade() {
        let source = |manifest: &str| {
            let krate = krate("source", manifest);
            let found = facade_source(&krate);
            let _ = std::fs::remove_dir_all(&krate);
            found
        };
        let deps = |body: &str| format!("[package]\nname = \"app\"\n[dependencies]\n{body}\n");
        assert_eq!(
            source(&deps("migraph = { path = \"../vendor/migraph\" }")).unwrap(),
            Source::Path("../../vendor/migraph/migrate-cli".to_owned())
        );
        assert_eq!(
            source(&deps(
                "migraph = { path = \"/opt/migraph\", features = [\"sqlite\"] }"
            ))
            .unwrap(),
            Source::Path("/opt/migraph/migrate-cli".to_owned())
        );
        let git = source(&deps(
            "migraph = { git = \"https://example.com/m.git\", tag = \"v0.2\" }",
        ))
        .unwrap();
        assert_eq!(
            git.cli_dependency(),
            "migraph-cli = { git = \"https://example.com/m.git\", tag = \"v0.2\" }"
        );
        assert_eq!(
            source(&deps("db = { package = \"migraph\", version = \"0.2.1\" }")).unwrap(),
            Source::Version("0.2.1".to_owned())
        );
        let missing = source(&deps("serde = \"1\"")).unwrap_err();
        assert!(missing.contains("does not depend on migraph"), "{missing}");
        // Written where no facade dependency exists: no xtask, and why.
        let krate = krate("nofacade", &deps(""));
        let mut out = Vec::new();
        run(init(&krate), &mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(!krate.join("xtask").exists());
        assert!(out.contains("xtask/ not written"), "{out}");
        assert!(out.contains("add migraph to [dependencies]"), "{out}");
        let _ = std::fs::remove_dir_all(&krate);
    }

    #[test]
    fn the_xtask_joins_an_existing_workspace() {
        let krate = krate(
            "workspace",
            "# the app\n[package]\nname = \"app\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n\
             [workspace]\nmembers = [\"tools/gen\"] # generators\n\n[dependencies]\nmigraph = \"0.3\"\n",
        );
        std::fs::create_dir_all(krate.join("src")).unwrap();
        std::fs::write(krate.join("src/main.rs"), "fn main() {}\n").unwrap();
        let said = join_workspace(&krate).unwrap();
        assert!(
            said.starts_with("added xtask to [workspace] members"),
            "{said}"
        );
        let manifest = read(krate.join("Cargo.toml"));
        assert!(
            manifest.contains("members = [\"tools/gen\", \"xtask\"] # generators"),
            "{manifest}"
        );
        assert!(manifest.starts_with("# the app\n"), "{manifest}");
        assert!(join_workspace(&krate).unwrap().contains("already a member"));
        let _ = std::fs::remove_dir_all(&krate);
    }

    #[test]
    fn relative_paths() {
        assert_eq!(
            relative_to(Path::new("/a/b/xtask"), Path::new("/a/b/../m/migrate-cli")),
            PathBuf::from("../../m/migrate-cli")
        );
        assert_eq!(
            relative_to(
                Path::new("/a/b/xtask"),
                Path::new("/a/b/vendor/m/migrate-cli")
            ),
            PathBuf::from("../vendor/m/migrate-cli")
        );
    }

    #[test]
    fn refuses_a_directory_without_a_crate() {
        let err = run(init(Path::new("/nonexistent-xyz")), &mut Vec::new())
            .err()
            .unwrap();
        assert!(err.0.contains("no Cargo.toml"));
    }
}
