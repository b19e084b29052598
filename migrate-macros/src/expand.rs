//! Load → validate → generate. Errors are collected, never thrown, and
//! become one compile error per problem.

use std::path::{Path, PathBuf};

use migrate_core::{GraphPolicy, Migrations, Problem};
use proc_macro2::{Span, TokenStream};

use crate::input::Args;
use crate::quote::QuoteMigrations;

/// Variable read before `CARGO_MANIFEST_DIR`, so trybuild cases (which build
/// in a copy of the crate) can point the macro at their fixtures.
const MANIFEST_DIR_OVERRIDE: &str = "MIGRATE_MANIFEST_DIR";

pub fn migrations(args: Args) -> syn::Result<TokenStream> {
    let abs_dir = resolve_dir(&args)?;
    let policy = GraphPolicy::default()
        .allow_multiple_heads(args.allow_multiple_heads)
        .allow_multiple_bases(args.allow_multiple_bases);
    match Migrations::load_from(&args.dir, &abs_dir, &policy) {
        Ok((migrations, read)) => Ok(QuoteMigrations {
            migrations: &migrations,
            tracked: &read,
        }
        .to_tokens()),
        Err(problems) => Err(combine(problems.iter(), args.span)),
    }
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
    let root = env(MANIFEST_DIR_OVERRIDE)
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

/// Validates a fixture directory and returns its problems' messages, for
/// tests that check the macro's logic without rustc.
#[cfg(test)]
pub fn check(dir: &str) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/ui/fixtures");
    match Migrations::load_from(dir, &root.join(dir), &GraphPolicy::default()) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(|p| p.message().to_owned()).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn fixtures_report_their_problems() {
        let messages = check("missing-parent");
        assert!(
            messages.iter().any(|m| m.contains("is not present")),
            "{messages:?}"
        );
        assert!(check("valid-rich").is_empty());
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
        }
        .to_tokens()
        .to_string();
        assert!(tokens.contains("include_str"));
        assert!(tokens.contains("__from_static"));
    }
}
