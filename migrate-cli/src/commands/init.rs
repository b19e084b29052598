//! `init`: set up a crate for `migrations!()`: the migration directory, the
//! build script that re-checks it when files come and go, an `xtask` that
//! fronts this CLI, and `.gitattributes` so checksums survive Windows.

use std::io::Write;
use std::path::Path;

use migrate_core::{Settings, SqlDialect};

use crate::Failure;

/// What `build.rs` must print for new files to trigger a rebuild.
const RERUN: &str = "cargo:rerun-if-changed=";

pub struct Init<'a> {
    pub krate: &'a Path,
    pub dir: &'a Path,
    /// Write path dependencies to this checkout of migrate (for its own tests).
    pub migrate_path: Option<&'a Path>,
    /// The dialect `migrate.toml` declares, if one was given.
    pub dialect: Option<SqlDialect>,
}

pub fn run(init: Init<'_>, out: &mut dyn Write) -> Result<(), Failure> {
    let krate = init.krate;
    if !krate.join("Cargo.toml").is_file() {
        return Err(Failure(format!(
            "{} has no Cargo.toml; run init in the crate that will call migrations!()",
            krate.display()
        )));
    }
    let dir_text = init.dir.to_string_lossy().replace('\\', "/");
    let mut done = Vec::new();

    let migrations = krate.join(init.dir);
    if !migrations.exists() {
        std::fs::create_dir_all(&migrations)?;
        std::fs::write(migrations.join("README.md"), README)?;
        done.push(format!(
            "created {dir_text}/ (add revisions with: cargo xtask new-migration -m \"...\")"
        ));
    }

    if let Some(dialect) = init.dialect {
        let settings = migrations.join(migrate_core::settings::FILE_NAME);
        match std::fs::read_to_string(&settings) {
            Ok(text) if text.contains(&format!("dialect = \"{dialect}\"")) => {}
            Ok(_) => done.push(format!(
                "{dir_text}/migrate.toml exists and was left alone: set dialect = \"{dialect}\" in it yourself"
            )),
            Err(_) => {
                std::fs::write(&settings, Settings::render(dialect))?;
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
            text.push_str(migrate_core::settings::PROFILE_OVERRIDES);
            std::fs::write(&manifest, text)?;
            done.push(
                "added [profile.dev.package.*] opt-level = 3 for the SQL check's parsers to Cargo.toml \
                 (move them to the workspace's root Cargo.toml if this crate is a member)"
                    .to_owned(),
            );
        }
    }

    let build = krate.join("build.rs");
    let rerun_line = format!("    println!(\"{RERUN}{dir_text}\");");
    if !build.exists() {
        std::fs::write(
            &build,
            format!("//! Re-checks the migrations when a file is added or removed.\n\nfn main() {{\n{rerun_line}\n}}\n"),
        )?;
        done.push(
            "created build.rs (re-checks the migrations when files are added or removed)"
                .to_owned(),
        );
    } else if !std::fs::read_to_string(&build)?.contains(&format!("{RERUN}{dir_text}")) {
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
    if !xtask.exists() {
        write_xtask(&xtask, &dir_text, init.migrate_path)?;
        done.push("created xtask/ (cargo xtask <command>, e.g. cargo xtask upgrade)".to_owned());
        let config_dir = krate.join(".cargo");
        let config = config_dir.join("config.toml");
        let text = std::fs::read_to_string(&config).unwrap_or_default();
        if !text.contains("xtask") {
            std::fs::create_dir_all(&config_dir)?;
            let alias = if text.contains("[alias]") {
                text.replacen(
                    "[alias]",
                    "[alias]\nxtask = \"run --quiet --manifest-path xtask/Cargo.toml --\"",
                    1,
                )
            } else {
                format!("{text}{}[alias]\nxtask = \"run --quiet --manifest-path xtask/Cargo.toml --\"\n", if text.is_empty() { "" } else { "\n" })
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
    writeln!(
        out,
        "next: add migrate to [dependencies] and embed the directory with\n    static MIGRATIONS: migrate::Migrations = migrate::migrations!(\"{dir_text}\");"
    )?;
    Ok(())
}

fn write_xtask(xtask: &Path, dir: &str, migrate_path: Option<&Path>) -> Result<(), Failure> {
    let dependency = match migrate_path {
        Some(path) => format!("migrate-cli = {{ path = {:?} }}", path.join("migrate-cli")),
        None => format!("migrate-cli = \"{}\"", env!("CARGO_PKG_VERSION")),
    };
    std::fs::create_dir_all(xtask.join("src"))?;
    std::fs::write(
        xtask.join("Cargo.toml"),
        format!(
            "[package]\nname = \"xtask\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
             [dependencies]\n{dependency}\n\n# A package of its own, so the crate's manifest stays as it is.\n[workspace]\n"
        ),
    )?;
    std::fs::write(
        xtask.join("src/main.rs"),
        format!(
            r#"//! `cargo xtask <command>`: the migrate CLI on this crate's `{dir}/`.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {{
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    if let Err(err) = std::env::set_current_dir(&root) {{
        eprintln!("error: cannot enter {{}}: {{err}}", root.display());
        return ExitCode::FAILURE;
    }}
    let args = std::env::args().skip(1).map(|arg| match arg.as_str() {{
        "new-migration" => "new".to_owned(),
        _ => arg,
    }});
    let dir = ["--dir".to_owned(), "{dir}".to_owned()];
    migrate_cli::run(std::iter::once("cargo xtask".to_owned()).chain(dir).chain(args))
}}
"#
        ),
    )?;
    Ok(())
}

const README: &str = "# Migrations\n\n\
One file per revision, `<revision>_<slug>.sql`, checked by `migrations!()` when the crate compiles.\n\
Create one with `cargo xtask new-migration -m \"what it does\"`; see the migrate README for the format.\n";

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn sets_up_a_crate_once() {
        let krate: PathBuf =
            std::env::temp_dir().join(format!("migrate-init-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&krate);
        std::fs::create_dir_all(&krate).unwrap();
        std::fs::write(krate.join("Cargo.toml"), "[package]\nname = \"app\"\n").unwrap();
        std::fs::write(krate.join(".gitattributes"), "*.png binary").unwrap();
        let mut out = Vec::new();
        let init = || Init {
            krate: &krate,
            dir: Path::new("migrations"),
            migrate_path: None,
            dialect: None,
        };
        run(init(), &mut out).unwrap();
        assert!(krate.join("migrations/README.md").is_file());
        assert!(std::fs::read_to_string(krate.join("build.rs"))
            .unwrap()
            .contains("cargo:rerun-if-changed=migrations"));
        assert_eq!(
            std::fs::read_to_string(krate.join(".gitattributes")).unwrap(),
            "*.png binary\n*.sql text eol=lf\n"
        );
        assert!(std::fs::read_to_string(krate.join(".cargo/config.toml"))
            .unwrap()
            .contains("xtask/Cargo.toml"));
        assert!(krate.join("xtask/src/main.rs").is_file());
        // A second run changes nothing.
        let mut again = Vec::new();
        run(init(), &mut again).unwrap();
        assert!(String::from_utf8(again).unwrap().contains("already set up"));
        let _ = std::fs::remove_dir_all(&krate);
    }

    #[test]
    fn refuses_a_directory_without_a_crate() {
        let err = run(
            Init {
                krate: Path::new("/nonexistent-xyz"),
                dir: Path::new("migrations"),
                migrate_path: None,
                dialect: None,
            },
            &mut Vec::new(),
        )
        .err()
        .unwrap();
        assert!(err.0.contains("no Cargo.toml"));
    }
}
