//! Load → validate → generate. Errors are collected, never thrown, and
//! become one compile error per problem.

use std::path::{Path, PathBuf};

use migraph_core::{GraphPolicy, Migrations, Problem};
use proc_macro2::{Span, TokenStream};

use crate::input::Args;
use crate::quote::QuoteMigrations;

/// Variable read before `CARGO_MANIFEST_DIR` (as `MIGRAPH_MANIFEST_DIR`,
/// through `migraph_core::env`), so trybuild cases (which build in a copy of
/// the crate) can point the macro at their fixtures.
const MANIFEST_DIR_OVERRIDE: &str = "MANIFEST_DIR";

pub fn migrations(args: Args) -> syn::Result<TokenStream> {
    let abs_dir = resolve_dir(&args)?;
    let policy = GraphPolicy::default()
        .allow_multiple_heads(args.allow_multiple_heads)
        .allow_multiple_bases(args.allow_multiple_bases);
    match Migrations::load_checked(&args.dir, &abs_dir, &policy) {
        Ok((migrations, read)) => {
            let problems = code_signatures(&migrations, &abs_dir);
            if !problems.is_empty() {
                return Err(combine(problems.iter(), args.span));
            }
            let watched = abs_dir
                .parent()
                .is_some_and(|_| build_script_watches(&abs_dir, &args.dir));
            Ok(QuoteMigrations {
                migrations: &migrations,
                tracked: if watched { &[] } else { &read },
                abs_dir: &abs_dir,
            }
            .to_tokens())
        }
        Err(problems) => Err(combine(problems.iter(), args.span)),
    }
}

/// The expansion when the directory is invalid: one `compile_error!` per
/// problem, inside a block that still has the type `Migrations`, so rustc
/// reports our messages and nothing else (several `compile_error!`s are not
/// an expression on their own).
pub fn fallback(error: syn::Error) -> TokenStream {
    let errors = error.into_compile_error();
    quote::quote! {
        {
            #errors
            ::migraph::__private::Migrations::__placeholder()
        }
    }
}

/// The problems of the code revisions' function signatures.
fn code_signatures(migrations: &Migrations, abs_dir: &Path) -> Vec<Problem> {
    let mut problems = Vec::new();
    for revision in migrations.revisions().iter().filter(|r| r.is_code()) {
        let Some(name) = Path::new(revision.file()).file_name() else {
            continue;
        };
        // The loader has just read it; if it is gone now, rustc says so.
        if let Ok(text) = std::fs::read_to_string(abs_dir.join(name)) {
            problems.extend(crate::signature::check(revision, &text));
        }
    }
    problems
}

/// Every problem as one error, all spanned on the directory literal.
fn combine<'a>(problems: impl Iterator<Item = &'a Problem>, span: Span) -> syn::Error {
    let mut errors = problems.map(|p| syn::Error::new(span, p.message()));
    let mut first = errors
        .next()
        .unwrap_or_else(|| syn::Error::new(span, "migration directory is invalid"));
    for error in errors {
        first.combine(error);
    }
    first
}

/// Whether the crate's `build.rs` prints `cargo:rerun-if-changed=<dir>`;
/// then cargo rebuilds on any added, edited or removed file, and per-file
/// `include_str!` (costly for rustc at thousands of files) is not needed.
fn build_script_watches(abs_dir: &Path, dir: &str) -> bool {
    let dir = dir.trim_start_matches("./").trim_end_matches('/');
    let root = abs_dir
        .to_string_lossy()
        .strip_suffix(&*Path::new(dir).to_string_lossy())
        .map(PathBuf::from);
    let Some(root) = root else {
        return false;
    };
    let Ok(script) = std::fs::read_to_string(root.join("build.rs")) else {
        return false;
    };
    script.lines().any(|line| {
        line.split("rerun-if-changed=")
            .nth(1)
            .map(|rest| rest.trim_start_matches("./"))
            .and_then(|rest| rest.strip_prefix(dir))
            .is_some_and(|rest| rest.starts_with(['"', '/', ')']) || rest.is_empty())
    })
}

fn resolve_dir(args: &Args) -> syn::Result<PathBuf> {
    if Path::new(&args.dir).is_absolute() {
        return Err(syn::Error::new(
            args.span,
            format!(
                "migration directory must be relative to the crate root (CARGO_MANIFEST_DIR), got '{}'",
                args.dir
            ),
        ));
    }
    let root = migraph_core::env::var(MANIFEST_DIR_OVERRIDE)
        .or_else(|| env("CARGO_MANIFEST_DIR"))
        .ok_or_else(|| {
            syn::Error::new(
                args.span,
                "CARGO_MANIFEST_DIR is not set; build this crate with cargo",
            )
        })?;
    Ok(Path::new(&root).join(&args.dir))
}

/// The one place the macro reads the environment.
#[allow(clippy::disallowed_methods)] // this is the sanctioned helper
fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_watching_build_script_replaces_include_str() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        // The workspace's build.rs watches `migrations`, not the fixtures.
        assert!(build_script_watches(&root.join("migrations"), "migrations"));
        assert!(build_script_watches(
            &root.join("migrations"),
            "./migrations/"
        ));
        assert!(!build_script_watches(
            &root.join("tests/ui/fixtures/valid-rich"),
            "tests/ui/fixtures/valid-rich"
        ));
        assert!(!build_script_watches(
            &root.join("migrations2"),
            "migrations2"
        ));
    }

    #[test]
    fn absolute_paths_are_refused() {
        let args = Args {
            dir: "/etc".to_owned(),
            span: Span::call_site(),
            allow_multiple_heads: false,
            allow_multiple_bases: false,
        };
        let err = migrations(args).unwrap_err().to_string();
        assert!(err.contains("must be relative to the crate root"), "{err}");
    }

    /// Every compile-fail case's snapshot lists exactly the messages the
    /// expansion gives for its arguments, and every compile-pass case
    /// expands: the macro's logic checked without rustc.
    #[test]
    fn snapshots_match_the_expansion() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .canonicalize()
            .unwrap();
        let root_text = root.to_string_lossy().into_owned();
        // As `tests/ui.rs` does for trybuild.
        std::env::set_var(migraph_core::env::name(MANIFEST_DIR_OVERRIDE), &root);
        let mut checked = 0;
        for kind in ["fail", "pass"] {
            let mut cases: Vec<_> = std::fs::read_dir(root.join("tests/ui").join(kind))
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == "rs"))
                .collect();
            cases.sort();
            for case in cases {
                let source = std::fs::read_to_string(&case).unwrap();
                let Some(call) = source
                    .split("migrations!(")
                    .nth(1)
                    .and_then(|r| r.split(')').next())
                else {
                    continue;
                };
                let messages: Vec<String> = match syn::parse_str::<Args>(call).and_then(migrations)
                {
                    Ok(_) => Vec::new(),
                    Err(errors) => errors
                        .into_iter()
                        .map(|e| e.to_string().replace(&root_text, "$DIR"))
                        .collect(),
                };
                let expected: Vec<String> = match kind {
                    "pass" => Vec::new(),
                    _ => std::fs::read_to_string(case.with_extension("stderr"))
                        .unwrap()
                        .lines()
                        .filter_map(|line| line.strip_prefix("error: "))
                        .map(str::to_owned)
                        .collect(),
                };
                assert_eq!(messages, expected, "{}", case.display());
                checked += 1;
            }
        }
        assert!(checked > 40, "only {checked} cases checked");
    }

    #[test]
    fn valid_directories_generate_code() {
        let args = Args {
            dir: "tests/ui/fixtures/valid-rich".to_owned(),
            span: Span::call_site(),
            allow_multiple_heads: false,
            allow_multiple_bases: false,
        };
        // The override is not set in unit tests; point at the workspace root.
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let (migrations, read) =
            Migrations::load_from(&args.dir, &root.join(&args.dir), &GraphPolicy::default())
                .unwrap();
        let tokens = QuoteMigrations {
            migrations: &migrations,
            tracked: &read,
            abs_dir: &root.join(&args.dir),
        }
        .to_tokens()
        .to_string();
        assert!(tokens.contains("include_str"));
        assert!(tokens.contains("__from_encoded"));
    }
}
