//! The shape of a code revision's `up` and `down`, checked on the file's
//! syntax so that the usual mistakes are one error naming the file and
//! line. What the syntax cannot tell (a type alias, a wrong connection
//! type) is left to rustc, through the bounds of the generated call.

use migraph_core::{Problem, Revision};
use syn::{FnArg, Item, Type};

/// Every problem with the functions of the code revision `revision`, whose
/// source is `text`.
pub fn check(revision: &Revision, text: &str) -> Vec<Problem> {
    let file = revision.file();
    let parsed = match syn::parse_file(text) {
        Ok(parsed) => parsed,
        // rustc reports the syntax error at its place when it compiles the module.
        Err(_) => return Vec::new(),
    };
    let mut problems = Vec::new();
    for (name, line, wanted) in [
        ("up", revision.up_line(), true),
        ("down", revision.down_line(), revision.is_reversible()),
    ] {
        if !wanted {
            continue;
        }
        let function = parsed.items.iter().find_map(|item| match item {
            Item::Fn(f) if f.sig.ident == name => Some(f),
            _ => None,
        });
        let Some(function) = function else {
            continue;
        };
        let at = |why: String| Problem::at_line(file, line, format!("'{name}' {why}"));
        if !matches!(function.vis, syn::Visibility::Public(_)) {
            problems.push(at("must be 'pub', so the set can call it".to_owned()));
        }
        if function.sig.asyncness.is_none() {
            problems.push(at("must be an async fn".to_owned()));
        }
        let inputs: Vec<&FnArg> = function.sig.inputs.iter().collect();
        match inputs.as_slice() {
            [FnArg::Typed(param)] => {
                if let Some(why) = wrong_parameter(&param.ty) {
                    problems.push(at(format!("{why}; {EXPECTED}")));
                }
            }
            _ => problems.push(at(format!("takes {} parameters; {EXPECTED}", inputs.len()))),
        }
    }
    problems
}

const EXPECTED: &str = "a code revision's function takes one connection: \
    '&mut PgConnection', '&mut SqliteConnection', '&mut MySqlConnection' \
    or 'migraph::runtime::Db<'_>', and returns 'Result<(), E>'";

/// Why a parameter type can never be the runner's connection, if the
/// syntax shows it.
fn wrong_parameter(ty: &Type) -> Option<String> {
    match ty {
        Type::Reference(reference) => {
            let last = last_segment(&reference.elem);
            if matches!(last.as_deref(), Some(pool) if pool.ends_with("Pool")) {
                return Some(
                    "takes a pool; the runner hands over its own connection, \
                             inside the revision's transaction"
                        .to_owned(),
                );
            }
            if reference.mutability.is_none() {
                return Some("takes a shared reference".to_owned());
            }
            None
        }
        Type::Path(_) => match last_segment(ty).as_deref() {
            Some(name) if name.ends_with("Pool") || name == "Transaction" => {
                Some(format!("takes a {name} by value"))
            }
            _ => None,
        },
        _ => None,
    }
}

fn last_segment(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(path) => path.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}
