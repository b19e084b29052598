//! What one statement does, in the terms the rules need: the hazards it
//! may carry (each on a named table, or none), and what it changes in the
//! schema that later statements see (tables created, renamed, dropped;
//! indexes created; validated NOT NULL checks; functions and their
//! volatility).

use super::rule::Rule;

/// A hazard a statement carries if its table already holds data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Hazard {
    pub rule: Rule,
    /// The table it locks or changes; `None` when the rule holds whatever
    /// the table (or there is none).
    pub table: Option<String>,
    /// What happens, for the message.
    pub what: String,
}

/// Everything the linter learns from one statement.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Facts {
    pub hazards: Vec<Hazard>,
    /// Tables this statement creates.
    pub creates: Vec<String>,
    /// Tables this statement drops.
    pub drops: Vec<String>,
    /// `(from, to)` of a table rename.
    pub renames: Vec<(String, String)>,
    /// `(index, table)` of an index this statement creates.
    pub indexes: Vec<(String, String)>,
    /// Indexes this statement drops (their table is looked up).
    pub dropped_indexes: Vec<DroppedIndex>,
    /// Tables this statement takes a lock on that blocks writes (or reads).
    pub locks: Vec<String>,
    /// Whether the statement sets `lock_timeout`.
    pub sets_lock_timeout: bool,
    /// `(table, column)` pairs this statement proves NOT NULL with a
    /// validated CHECK, and `(table, constraint, column)` of ones added
    /// NOT VALID, to be validated later.
    pub not_null_checks: Vec<(String, String)>,
    pub unvalidated_checks: Vec<(String, String, String)>,
    /// `(table, constraint, rule)` of a foreign key or CHECK added `NOT VALID`.
    pub not_valid: Vec<(String, String, Rule)>,
    /// `(table, constraint)` validated by this statement.
    pub validates: Vec<(String, String)>,
    /// `(table, column)` this statement sets NOT NULL, at what text.
    pub set_not_null: Vec<(String, String)>,
    /// Enum values added (`ALTER TYPE ... ADD VALUE 'v'`), quoted as written.
    pub enum_values: Vec<String>,
    /// Types this statement creates.
    pub creates_types: Vec<String>,
    /// The type an `ALTER TYPE` changes.
    pub altered_type: Option<String>,
    /// Whether the statement is schema-changing and could not run twice
    /// (no `IF [NOT] EXISTS` where one is possible).
    pub not_rerunnable: Option<String>,
    /// What the statement does to functions (PostgreSQL).
    pub functions: Vec<FunctionChange>,
    /// Calls in the default of a column this statement adds to `table`,
    /// to functions that are not known built-ins: a volatile one rewrites
    /// the table, which only the functions' history can tell.
    pub default_calls: Vec<DefaultCall>,
}

/// A call in a column default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DefaultCall {
    pub table: String,
    pub column: String,
    /// The function, normalised as a relation name is.
    pub function: String,
    /// How many arguments the call passes.
    pub args: usize,
}

/// The arguments a function takes: `declared` input parameters (what
/// `ALTER` and `DROP FUNCTION` list), of which `required` have no default;
/// `variadic` takes any number more.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Arity {
    pub declared: usize,
    pub required: usize,
    pub variadic: bool,
}

impl Arity {
    /// Whether a call with `args` arguments can call a function of this arity.
    pub fn accepts(&self, args: usize) -> bool {
        args >= self.required && (self.variadic || args <= self.declared)
    }
}

/// A change to a function, by name (normalised as a relation name is) and,
/// where the statement gives its parameters, how many input parameters
/// tell its overload apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FunctionChange {
    /// `CREATE [OR REPLACE] FUNCTION`: VOLATILE unless it says IMMUTABLE
    /// or STABLE.
    Create {
        name: String,
        arity: Arity,
        volatile: bool,
    },
    /// `ALTER FUNCTION ... IMMUTABLE | STABLE | VOLATILE`.
    SetVolatile {
        name: String,
        declared: Option<usize>,
        volatile: bool,
    },
    /// `ALTER FUNCTION ... RENAME TO` or `SET SCHEMA`.
    Rename {
        name: String,
        declared: Option<usize>,
        to: String,
    },
    /// `DROP FUNCTION`.
    Drop {
        name: String,
        declared: Option<usize>,
    },
}

/// An index dropped without `CONCURRENTLY`, or with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DroppedIndex {
    pub name: String,
    pub concurrently: bool,
}

/// A relation name as the catalog stores it: unquoted parts lower-cased,
/// quotes removed, and the default schema `public` left out.
pub(crate) fn normalize(parts: &[&str]) -> String {
    let parts: Vec<String> = parts
        .iter()
        .map(
            |part| match part.strip_prefix('"').and_then(|p| p.strip_suffix('"')) {
                Some(quoted) => quoted.replace("\"\"", "\""),
                None => part.to_lowercase(),
            },
        )
        .collect();
    match parts.as_slice() {
        [schema, rest @ ..] if schema == "public" && !rest.is_empty() => rest.join("."),
        _ => parts.join("."),
    }
}
