//! The catalogue of hazard rules: each one's stable name, default severity
//! and fix. Always compiled, so `migrate.toml` and the `lint_allow` header
//! can name rules in any build.

use std::fmt;

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Severity {
    /// Not reported.
    Allow,
    /// Reported; `migraph lint` still exits 0.
    Warn,
    /// Reported; `migraph lint` exits 1 and `migrations!()` refuses to compile.
    Deny,
}

impl Severity {
    /// The word used in output and in `migrate.toml`.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Allow => "allow",
            Severity::Warn => "warn",
            Severity::Deny => "deny",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

macro_rules! rules {
    ($($variant:ident $name:literal $severity:ident $fix:literal,)*) => {
        /// A hazard rule.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Rule {
            $(#[doc = $fix] $variant,)*
        }

        impl Rule {
            /// Every rule, in the order the docs list them.
            pub const ALL: &'static [Rule] = &[$(Rule::$variant,)*];

            /// The stable kebab-case name.
            pub fn name(self) -> &'static str {
                match self { $(Rule::$variant => $name,)* }
            }

            /// The severity when `migrate.toml` says nothing of the rule.
            pub fn default_severity(self) -> Severity {
                match self { $(Rule::$variant => Severity::$severity,)* }
            }

            /// What to do instead, in one sentence.
            pub fn fix(self) -> &'static str {
                match self { $(Rule::$variant => $fix,)* }
            }
        }
    };
}

rules! {
    CreateIndexNotConcurrently "create-index-not-concurrently" Warn
        "use CREATE INDEX CONCURRENTLY in a `transactional: false` revision",
    DropIndexNotConcurrently "drop-index-not-concurrently" Warn
        "use DROP INDEX CONCURRENTLY in a `transactional: false` revision",
    AddNotNullColumnWithoutDefault "add-not-null-column-without-default" Warn
        "add the column nullable (or with a constant DEFAULT), backfill it, then set NOT NULL through a validated CHECK",
    AddColumnVolatileDefault "add-column-volatile-default" Warn
        "add the column without a default (or with a constant one), then backfill it in batches",
    AlterColumnType "alter-column-type" Warn
        "add a new column of the new type, backfill it, and switch the application over",
    AddForeignKeyWithoutNotValid "add-foreign-key-without-not-valid" Warn
        "add the foreign key NOT VALID, then VALIDATE CONSTRAINT in a later revision",
    AddCheckWithoutNotValid "add-check-without-not-valid" Warn
        "add the CHECK constraint NOT VALID, then VALIDATE CONSTRAINT in a later revision",
    AddUniqueWithoutIndex "add-unique-without-index" Warn
        "build a unique index CONCURRENTLY first, then ADD CONSTRAINT ... UNIQUE (or PRIMARY KEY) USING INDEX",
    EnumValueUsedInTransaction "enum-value-used-in-transaction" Warn
        "use the new enum value in a later revision: ALTER TYPE ... ADD VALUE is not visible until its transaction commits",
    DropColumn "drop-column" Warn
        "stop the running application version from reading the column first, then drop it in a later release",
    DropTable "drop-table" Warn
        "stop the running application version from using the table first, then drop it in a later release",
    RenameColumn "rename-column" Warn
        "add the new column (or a view) and migrate readers first; the running application still uses the old name",
    RenameTable "rename-table" Warn
        "create the new name as a view (or copy) and migrate readers first; the running application still uses the old name",
    SetNotNullWithoutCheck "set-not-null-without-check" Warn
        "add CHECK (col IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT, then SET NOT NULL (PostgreSQL 12+ skips the scan)",
    RewriteTable "vacuum-full-or-cluster" Warn
        "use pg_repack or pg_squeeze, which rebuild the table without holding ACCESS EXCLUSIVE throughout",
    LockTable "lock-table" Warn
        "do without the explicit lock, or keep the locked section as short as possible with a lock timeout",
    MissingLockTimeout "missing-lock-timeout" Warn
        "set `[runner] lock_timeout = \"5s\"` in migrate.toml so that a blocked statement gives up (and is retried) instead of queueing every write behind it",
    NotRerunnable "not-rerunnable" Warn
        "add IF NOT EXISTS / IF EXISTS so the revision can run again after failing part-way (it does not roll back whole)",
}

impl Rule {
    /// The rule named `name`.
    pub fn from_name(name: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|r| r.name() == name)
    }

    /// Every rule name, comma-separated, for messages.
    pub fn names() -> String {
        Rule::ALL
            .iter()
            .map(|r| r.name())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
