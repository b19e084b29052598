//! The name the CLI is run by, for its help and its messages: `migraph`,
//! `cargo xtask`, or `<app> migrate` when an application embeds it
//! (`run_embedded`). Set once per run, by `run` and `run_embedded`.

use std::cell::RefCell;
use std::ffi::OsString;
use std::path::Path;

thread_local! {
    static NAME: RefCell<String> = RefCell::new("migraph".to_owned());
}

/// The name this run was started by.
pub fn name() -> String {
    NAME.with(|name| name.borrow().clone())
}

/// Records the name of this run: the directory CLI's first argument (a path
/// to the binary, or `cargo xtask`), or for an application's embedded CLI
/// the application's own name followed by its first argument (`migrate`).
pub fn set(first: Option<&OsString>, embedded: bool) -> String {
    let text = |arg: &OsString| {
        let path = Path::new(arg);
        // `cargo xtask` is a name, not a path; a path shows its file name.
        match path.file_name() {
            Some(file) if path.components().count() > 1 => file.to_string_lossy().into_owned(),
            _ => arg.to_string_lossy().into_owned(),
        }
    };
    let name = if embedded {
        let app = std::env::args_os()
            .next()
            .map(|arg| text(&arg))
            .unwrap_or_else(|| "app".to_owned());
        match first {
            Some(command) => format!("{app} {}", text(command)),
            None => app,
        }
    } else {
        first.map(text).unwrap_or_else(|| "migraph".to_owned())
    };
    NAME.with(|cell| *cell.borrow_mut() = name.clone());
    name
}

/// A library message in this program's words: the build's messages name
/// `cargo xtask` (the front end `init` sets up), which another front end
/// replaces with its own name.
pub fn localize(text: &str) -> String {
    let name = name();
    if name == "cargo xtask" {
        text.to_owned()
    } else {
        text.replace("'cargo xtask ", &format!("'{name} "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(
            set(Some(&"/usr/local/bin/migraph".into()), false),
            "migraph"
        );
        assert_eq!(set(Some(&"cargo xtask".into()), false), "cargo xtask");
        assert_eq!(
            localize("run 'cargo xtask merge' to create a merge revision"),
            "run 'cargo xtask merge' to create a merge revision"
        );
        set(Some(&"target/debug/migraph".into()), false);
        assert_eq!(
            localize("run 'cargo xtask merge' to create a merge revision"),
            "run 'migraph merge' to create a merge revision"
        );
        let embedded = set(Some(&"migrate".into()), true);
        assert!(embedded.ends_with(" migrate"), "{embedded}");
    }
}
