//! The environment variables of migraph, read in one place: each is
//! `MIGRAPH_<NAME>`; the older spelling `MIGRATE_<NAME>` is still read when
//! the new one is not set (deprecated). `DATABASE_URL` and
//! `DATABASE_URL_<SET>` are the database's, and not read here.
//!
//! The names: `REQUIRE_DB` (tests fail rather than skip when a database
//! or peer tool is missing), `TEST_POSTGRES`, `TEST_MYSQL` (the test
//! servers), `TOOLS_BIN` (where `cargo xtask test` installed the peer
//! tools), `ALEMBIC` (the `alembic` program `import alembic` runs),
//! `MANIFEST_DIR` (the crate directory `migrations!()` resolves its path
//! against, for the compile-fail tests).

use std::ffi::OsString;

/// The prefix of every variable.
pub const PREFIX: &str = "MIGRAPH_";
/// The prefix before the rename, still read.
pub const OLD_PREFIX: &str = "MIGRATE_";

/// `MIGRAPH_<name>`, else `MIGRATE_<name>`; an empty value counts as unset.
pub fn var(name: &str) -> Option<String> {
    var_os(name).and_then(|value| value.into_string().ok())
}

/// [`var`], for a value that need not be UTF-8 (a path).
pub fn var_os(name: &str) -> Option<OsString> {
    [PREFIX, OLD_PREFIX]
        .iter()
        .find_map(|prefix| std::env::var_os(format!("{prefix}{name}")).filter(|v| !v.is_empty()))
}

/// Whether the variable is `1`.
pub fn is_on(name: &str) -> bool {
    var(name).is_some_and(|value| value == "1")
}

/// The variable's name in its current spelling, for messages.
pub fn name(name: &str) -> String {
    format!("{PREFIX}{name}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_new_spelling_wins_and_the_old_one_is_still_read() {
        // Names of this test only: no other test reads them.
        std::env::set_var("MIGRATE_ENV_TEST_OLD", "old");
        assert_eq!(var("ENV_TEST_OLD").as_deref(), Some("old"));
        std::env::set_var("MIGRAPH_ENV_TEST_BOTH", "new");
        std::env::set_var("MIGRATE_ENV_TEST_BOTH", "old");
        assert_eq!(var("ENV_TEST_BOTH").as_deref(), Some("new"));
        std::env::set_var("MIGRAPH_ENV_TEST_EMPTY", "");
        std::env::set_var("MIGRATE_ENV_TEST_EMPTY", "1");
        assert!(is_on("ENV_TEST_EMPTY"));
        assert_eq!(var("ENV_TEST_UNSET"), None);
        assert_eq!(name("REQUIRE_DB"), "MIGRAPH_REQUIRE_DB");
    }
}
