//! PostgreSQL statements read through squawk's parser (see `syntax`): what
//! each one locks, rewrites, validates or breaks.

use squawk_parser::SyntaxKind as K;

use super::facts::{normalize, Arity, DefaultCall, DroppedIndex, Facts, FunctionChange, Hazard};
use super::rule::Rule;
use super::syntax::Node;

/// Functions whose value differs per row: a column default calling one
/// makes PostgreSQL rewrite the table (a constant or stable default does not).
const VOLATILE_FUNCTIONS: &[&str] = &[
    "random",
    "gen_random_uuid",
    "uuid_generate_v1",
    "uuid_generate_v1mc",
    "uuid_generate_v4",
    "uuidv4",
    "uuidv7",
    "clock_timestamp",
    "timeofday",
    "nextval",
    "txid_current",
    "gen_random_bytes",
];

/// Column types that bring a sequence default with them.
const SERIAL_TYPES: &[&str] = &[
    "serial",
    "bigserial",
    "smallserial",
    "serial2",
    "serial4",
    "serial8",
];

/// The facts of one statement node.
pub(crate) fn facts(statement: Node<'_, '_>) -> Facts {
    let mut facts = Facts::default();
    match statement.kind() {
        K::CREATE_TABLE | K::CREATE_TABLE_AS => {
            if let Some(name) = statement.child(K::TABLE_NAME).map(name_of) {
                if !statement.has_token(K::TEMPORARY_KW) && !statement.has_token(K::TEMP_KW) {
                    facts.creates.push(name.clone());
                }
                if statement.child(K::IF_NOT_EXISTS).is_none() {
                    facts.not_rerunnable =
                        Some(format!("CREATE TABLE {name} without IF NOT EXISTS"));
                }
            }
        }
        K::CREATE_INDEX => create_index(statement, &mut facts),
        K::DROP_INDEX => {
            let concurrently = statement.has_token(K::CONCURRENTLY_KW);
            for index in statement.children().filter(|n| n.kind() == K::INDEX_REF) {
                facts.dropped_indexes.push(DroppedIndex {
                    name: name_of(index),
                    concurrently,
                });
            }
            if statement.child(K::IF_EXISTS).is_none() {
                facts.not_rerunnable = Some("DROP INDEX without IF EXISTS".to_owned());
            }
        }
        K::DROP_TABLE => {
            for table in statement
                .children()
                .filter(|n| n.kind() == K::TABLE_NAME_REF)
            {
                let table = name_of(table);
                facts.hazards.push(Hazard {
                    rule: Rule::DropTable,
                    table: Some(table.clone()),
                    what: format!(
                        "DROP TABLE {table}: the running application version may still use it"
                    ),
                });
                facts.locks.push(table.clone());
                facts.drops.push(table);
            }
            if statement.child(K::IF_EXISTS).is_none() {
                facts.not_rerunnable = Some("DROP TABLE without IF EXISTS".to_owned());
            }
        }
        K::ALTER_TABLE => alter_table(statement, &mut facts),
        K::CREATE_FUNCTION => facts.functions.extend(create_function(statement)),
        K::ALTER_FUNCTION => facts.functions.extend(alter_function(statement)),
        K::DROP_FUNCTION => {
            for signature in statement
                .child(K::FUNCTION_SIG_LIST)
                .into_iter()
                .flat_map(|list| list.children())
                .filter(|n| n.kind() == K::FUNCTION_SIG)
            {
                if let Some((name, declared)) = function_sig(signature) {
                    facts
                        .functions
                        .push(FunctionChange::Drop { name, declared });
                }
            }
        }
        K::ALTER_TYPE => {
            let name = statement.child(K::TYPE_NAME_REF).map(name_of);
            for add in statement.children().filter(|n| n.kind() == K::ADD_VALUE) {
                if let Some(literal) = add
                    .tokens()
                    .find(|(kind, _)| *kind == K::STRING)
                    .map(|(_, text)| text.to_owned())
                {
                    facts.enum_values.push(literal);
                }
            }
            facts.altered_type = name;
        }
        K::CREATE_TYPE => {
            if let Some(name) = statement
                .children()
                .find(|n| matches!(n.kind(), K::PATH | K::TYPE_NAME))
            {
                facts.creates_types.push(name_of(name));
            }
        }
        K::VACUUM if statement.has_token(K::FULL_KW) => {
            let tables: Vec<String> = statement
                .descendants()
                .filter(|n| n.kind() == K::TABLE_NAME_REF)
                .map(name_of)
                .collect();
            rewrite(&mut facts, "VACUUM FULL", tables);
        }
        K::CLUSTER | K::CLUSTER_LEGACY => {
            let tables: Vec<String> = statement
                .descendants()
                .filter(|n| n.kind() == K::TABLE_NAME_REF)
                .map(name_of)
                .take(1)
                .collect();
            rewrite(&mut facts, "CLUSTER", tables);
        }
        K::LOCK => {
            let tables: Vec<String> = statement
                .descendants()
                .filter(|n| n.kind() == K::RELATION_NAME_REF)
                .map(name_of)
                .collect();
            for table in tables {
                facts.hazards.push(Hazard {
                    rule: Rule::LockTable,
                    table: Some(table.clone()),
                    what: format!("LOCK TABLE {table}: blocks others until the transaction ends"),
                });
                facts.locks.push(table);
            }
        }
        K::SET => {
            facts.sets_lock_timeout = statement
                .descendants()
                .filter(|n| n.kind() == K::CONFIG_PARAMETER_REF)
                .any(|n| n.text().eq_ignore_ascii_case("lock_timeout"));
        }
        K::CREATE_TRIGGER | K::DROP_TRIGGER | K::TRUNCATE | K::REINDEX
            if !statement.has_token(K::CONCURRENTLY_KW) =>
        {
            facts.locks.extend(
                statement
                    .descendants()
                    .filter(|n| matches!(n.kind(), K::TABLE_NAME_REF | K::RELATION_NAME_REF))
                    .map(name_of)
                    .take(1),
            );
        }
        _ => {}
    }
    facts
}

fn rewrite(facts: &mut Facts, what: &str, tables: Vec<String>) {
    if tables.is_empty() {
        facts.hazards.push(Hazard {
            rule: Rule::RewriteTable,
            table: None,
            what: format!("{what} of every table: each is rewritten under ACCESS EXCLUSIVE"),
        });
    }
    for table in tables {
        facts.hazards.push(Hazard {
            rule: Rule::RewriteTable,
            table: Some(table.clone()),
            what: format!("{what} {table}: rewrites the table under ACCESS EXCLUSIVE, blocking reads and writes"),
        });
        facts.locks.push(table);
    }
}

fn create_index(statement: Node<'_, '_>, facts: &mut Facts) {
    let Some(table) = statement
        .child(K::TABLE_RELATION_NAME)
        .and_then(|n| n.find(K::TABLE_NAME_REF))
        .map(name_of)
    else {
        return;
    };
    let index = statement.child(K::INDEX).map(name_of).unwrap_or_default();
    if !statement.has_token(K::CONCURRENTLY_KW) {
        facts.hazards.push(Hazard {
            rule: Rule::CreateIndexNotConcurrently,
            table: Some(table.clone()),
            what: format!("CREATE INDEX on {table}: blocks writes while it builds"),
        });
        facts.locks.push(table.clone());
    }
    if statement.child(K::IF_NOT_EXISTS).is_none() {
        facts.not_rerunnable = Some("CREATE INDEX without IF NOT EXISTS".to_owned());
    }
    if !index.is_empty() {
        // An index lives in its table's schema.
        let index = match table.rsplit_once('.') {
            Some((schema, _)) if !index.contains('.') => format!("{schema}.{index}"),
            _ => index,
        };
        facts.indexes.push((index, table));
    }
}

fn alter_table(statement: Node<'_, '_>, facts: &mut Facts) {
    let Some(table) = statement
        .child(K::TABLE_RELATION_NAME)
        .and_then(|n| n.find(K::TABLE_NAME_REF))
        .map(name_of)
    else {
        return;
    };
    let t = &table;
    let mut hazard = |rule: Rule, what: String| {
        facts.hazards.push(Hazard {
            rule,
            table: Some(t.clone()),
            what,
        })
    };
    let mut not_rerunnable = None;
    let mut locks = false;
    let mut validates = Vec::new();
    let mut not_null_checks = Vec::new();
    let mut unvalidated_checks = Vec::new();
    let mut not_valid_added = Vec::new();
    let mut set_not_null = Vec::new();
    let mut renames = Vec::new();
    let mut default_calls = Vec::new();
    for action in statement.children() {
        match action.kind() {
            K::ADD_COLUMN => {
                locks = true;
                let column = action
                    .child(K::COLUMN_NAME)
                    .map(name_of)
                    .unwrap_or_default();
                let type_name = action
                    .children()
                    .find(|n| format!("{:?}", n.kind()).ends_with("_TYPE"))
                    .map(|n| n.text().to_lowercase())
                    .unwrap_or_default();
                let default = action.child(K::DEFAULT_CONSTRAINT);
                let generated = action.child(K::GENERATED_CONSTRAINT);
                let serial = SERIAL_TYPES.contains(&type_name.as_str());
                if action.child(K::NOT_NULL_CONSTRAINT).is_some()
                    && default.is_none()
                    && generated.is_none()
                    && !serial
                {
                    hazard(
                        Rule::AddNotNullColumnWithoutDefault,
                        format!(
                            "ADD COLUMN {column} NOT NULL without a default on {t}: {}",
                            super::ONCE_THE_TABLE_HAS_ROWS
                        ),
                    );
                }
                if serial {
                    hazard(
                        Rule::AddColumnVolatileDefault,
                        format!("ADD COLUMN {column} {type_name} on {t}: fills every row from a sequence, rewriting the table under ACCESS EXCLUSIVE"),
                    );
                } else if let Some(function) = default.and_then(volatile_call) {
                    hazard(
                        Rule::AddColumnVolatileDefault,
                        format!("ADD COLUMN {column} DEFAULT {function}() on {t}: a volatile default rewrites the table under ACCESS EXCLUSIVE"),
                    );
                } else if let Some(default) = default {
                    // Whether the other functions are volatile, only the
                    // revisions that created them can tell (the engine).
                    default_calls.extend(calls(default).map(|(function, args)| DefaultCall {
                        table: t.clone(),
                        column: column.clone(),
                        function,
                        args,
                    }));
                } else if let Some(generated) = generated {
                    hazard(
                        Rule::AddColumnVolatileDefault,
                        format!("ADD COLUMN {column} {} on {t}: computes every row, rewriting the table under ACCESS EXCLUSIVE", generated.text()),
                    );
                }
                for constraint in action.children() {
                    match constraint.kind() {
                        K::PRIMARY_KEY_CONSTRAINT | K::UNIQUE_CONSTRAINT => hazard(
                            Rule::AddUniqueWithoutIndex,
                            format!("ADD COLUMN {column} {} on {t}: builds the index while blocking writes", keyword(constraint)),
                        ),
                        K::REFERENCES_CONSTRAINT => hazard(
                            Rule::AddForeignKeyWithoutNotValid,
                            format!("ADD COLUMN {column} REFERENCES on {t}: locks both tables while it validates"),
                        ),
                        K::CHECK_CONSTRAINT => hazard(
                            Rule::AddCheckWithoutNotValid,
                            format!("ADD COLUMN {column} CHECK on {t}: scans the table while blocking writes"),
                        ),
                        _ => {}
                    }
                }
                if action.child(K::IF_NOT_EXISTS).is_none() {
                    not_rerunnable = Some(format!("ADD COLUMN {column} without IF NOT EXISTS"));
                }
            }
            K::ADD_CONSTRAINT => {
                locks = true;
                let not_valid = action.find(K::NOT_VALID).is_some();
                let using_index = action.find(K::USING_INDEX_NAME).is_some();
                let Some(constraint) = action.children().next() else {
                    continue;
                };
                let name = constraint
                    .child(K::CONSTRAINT_NAME_CLAUSE)
                    .and_then(|c| c.child(K::CONSTRAINT_NAME))
                    .map(name_of);
                let label = name.clone().map_or_else(String::new, |n| format!(" {n}"));
                if let (true, Some(name)) = (not_valid, &name) {
                    let rule = match constraint.kind() {
                        K::FOREIGN_KEY_CONSTRAINT => Some(Rule::AddForeignKeyWithoutNotValid),
                        K::CHECK_CONSTRAINT => Some(Rule::AddCheckWithoutNotValid),
                        _ => None,
                    };
                    if let Some(rule) = rule {
                        not_valid_added.push((t.clone(), name.clone(), rule));
                    }
                }
                match constraint.kind() {
                    K::FOREIGN_KEY_CONSTRAINT if !not_valid => hazard(
                        Rule::AddForeignKeyWithoutNotValid,
                        format!("ADD CONSTRAINT{label} FOREIGN KEY on {t} without NOT VALID: validates every row while both tables are locked"),
                    ),
                    K::CHECK_CONSTRAINT => {
                        if let Some(column) = is_not_null_check(constraint) {
                            if not_valid {
                                if let Some(name) = &name {
                                    unvalidated_checks.push((t.clone(), name.clone(), column));
                                }
                            } else {
                                not_null_checks.push((t.clone(), column));
                            }
                        }
                        if !not_valid {
                            hazard(
                                Rule::AddCheckWithoutNotValid,
                                format!("ADD CONSTRAINT{label} CHECK on {t} without NOT VALID: scans every row while blocking writes"),
                            );
                        }
                    }
                    K::UNIQUE_CONSTRAINT | K::PRIMARY_KEY_CONSTRAINT if !using_index => hazard(
                        Rule::AddUniqueWithoutIndex,
                        format!("ADD CONSTRAINT{label} {} on {t}: builds its index while blocking writes", keyword(constraint)),
                    ),
                    _ => {}
                }
                not_rerunnable = Some(format!(
                    "ADD CONSTRAINT{label} (it fails if the constraint exists)"
                ));
            }
            K::ALTER_COLUMN => {
                locks = true;
                let column = action
                    .child(K::COLUMN_NAME_REF)
                    .map(name_of)
                    .unwrap_or_default();
                if let Some(set_type) = action.child(K::SET_TYPE) {
                    hazard(
                        Rule::AlterColumnType,
                        format!("ALTER COLUMN {column} {} on {t}: may rewrite the table (and its indexes) under ACCESS EXCLUSIVE", set_type.text()),
                    );
                }
                if action.child(K::SET_NOT_NULL).is_some() {
                    set_not_null.push((t.clone(), column));
                }
            }
            K::DROP_COLUMN => {
                locks = true;
                let column = action
                    .child(K::COLUMN_NAME_REF)
                    .map(name_of)
                    .unwrap_or_default();
                hazard(
                    Rule::DropColumn,
                    format!("DROP COLUMN {column} of {t}: the running application version may still read it"),
                );
                if action.child(K::IF_EXISTS).is_none() {
                    not_rerunnable = Some(format!("DROP COLUMN {column} without IF EXISTS"));
                }
            }
            K::RENAME_COLUMN => {
                locks = true;
                let from = action
                    .child(K::COLUMN_NAME_REF)
                    .map(name_of)
                    .unwrap_or_default();
                let to = action
                    .child(K::COLUMN_NAME)
                    .map(name_of)
                    .unwrap_or_default();
                hazard(
                    Rule::RenameColumn,
                    format!("RENAME COLUMN {from} TO {to} on {t}: the running application version still uses {from}"),
                );
            }
            K::TABLE_RENAME_TO => {
                locks = true;
                if let Some(to) = action.child(K::TABLE_NAME).map(name_of) {
                    // A rename keeps the schema.
                    let to = match t.rsplit_once('.') {
                        Some((schema, _)) if !to.contains('.') => format!("{schema}.{to}"),
                        _ => to,
                    };
                    hazard(
                        Rule::RenameTable,
                        format!(
                            "RENAME {t} TO {to}: the running application version still uses {t}"
                        ),
                    );
                    renames.push((t.clone(), to));
                }
            }
            K::VALIDATE_CONSTRAINT => {
                if let Some(name) = action.child(K::CONSTRAINT_NAME_REF).map(name_of) {
                    validates.push((t.clone(), name));
                }
            }
            kind if kind.is_keyword() => {}
            K::TABLE_RELATION_NAME | K::IF_EXISTS => {}
            _ => locks = true,
        }
    }
    facts.not_rerunnable = not_rerunnable;
    facts.validates = validates;
    facts.not_null_checks = not_null_checks;
    facts.unvalidated_checks = unvalidated_checks;
    facts.not_valid = not_valid_added;
    facts.set_not_null = set_not_null;
    facts.renames = renames;
    facts.default_calls = default_calls;
    if locks {
        facts.locks.push(table);
    }
}

/// `UNIQUE` or `PRIMARY KEY`.
fn keyword(constraint: Node<'_, '_>) -> &'static str {
    if constraint.kind() == K::PRIMARY_KEY_CONSTRAINT {
        "PRIMARY KEY"
    } else {
        "UNIQUE"
    }
}

/// The volatile built-in function a default calls, if any.
fn volatile_call(default: Node<'_, '_>) -> Option<String> {
    calls(default).map(|(name, _)| name).find(|name| {
        let base = name.rsplit('.').next().unwrap_or(name);
        VOLATILE_FUNCTIONS.contains(&base)
    })
}

/// Every function call under `node`: the function's name and how many
/// arguments it is passed (`f (1)` is a call like `f(1)`).
fn calls<'t>(node: Node<'t, '_>) -> impl Iterator<Item = (String, usize)> + 't {
    node.descendants()
        .filter(|n| n.kind() == K::CALL_EXPR)
        .filter_map(|call| {
            let name = call.children().next().filter(|n| n.kind() != K::ARG_LIST)?;
            let args = call.child(K::ARG_LIST).map_or(0, |list| {
                list.children().filter(|n| n.kind() == K::ARG).count()
            });
            Some((name_of(name), args))
        })
}

/// `CREATE [OR REPLACE] FUNCTION name(params) ... [IMMUTABLE | STABLE |
/// VOLATILE]`: VOLATILE unless it says otherwise, as PostgreSQL decides.
fn create_function(statement: Node<'_, '_>) -> Option<FunctionChange> {
    let name = name_of(statement.child(K::FUNCTION_NAME)?);
    let params = statement.child(K::PARAM_LIST)?;
    let mut arity = Arity {
        declared: 0,
        required: 0,
        variadic: false,
    };
    for param in params.children().filter(|n| n.kind() == K::PARAM) {
        if param.child(K::PARAM_OUT).is_some() {
            continue;
        }
        arity.declared += 1;
        if param.child(K::PARAM_VARIADIC).is_some() {
            arity.variadic = true;
        } else if param.child(K::PARAM_DEFAULT).is_none() {
            arity.required = arity.declared;
        }
    }
    let volatile = volatility(statement).unwrap_or(true);
    Some(FunctionChange::Create {
        name,
        arity,
        volatile,
    })
}

/// `ALTER FUNCTION`: a new volatility, a new name or a new schema.
fn alter_function(statement: Node<'_, '_>) -> Option<FunctionChange> {
    let (name, declared) = function_sig(statement.child(K::FUNCTION_SIG)?)?;
    if let Some(volatile) = volatility(statement) {
        return Some(FunctionChange::SetVolatile {
            name,
            declared,
            volatile,
        });
    }
    let (schema, base) = match name.rsplit_once('.') {
        Some((schema, base)) => (Some(schema.to_owned()), base.to_owned()),
        None => (None, name.clone()),
    };
    let to = if let Some(rename) = statement.child(K::FUNCTION_RENAME_TO) {
        let new = name_of(rename.child(K::FUNCTION_NAME)?);
        match schema {
            Some(schema) => format!("{schema}.{new}"),
            None => new,
        }
    } else {
        match name_of(statement.child(K::SET_SCHEMA)?.child(K::SCHEMA_REF)?) {
            schema if schema == "public" => base,
            schema => format!("{schema}.{base}"),
        }
    };
    Some(FunctionChange::Rename { name, declared, to })
}

/// A function's name in `ALTER` or `DROP FUNCTION`, with the number of its
/// input parameters when the statement lists them.
fn function_sig(signature: Node<'_, '_>) -> Option<(String, Option<usize>)> {
    let name = name_of(signature.child(K::FUNCTION_NAME_REF)?);
    let declared = signature.child(K::PARAM_LIST).map(|params| {
        params
            .children()
            .filter(|p| p.kind() == K::PARAM && p.child(K::PARAM_OUT).is_none())
            .count()
    });
    Some((name, declared))
}

/// The volatility a function statement sets: `Some(true)` for VOLATILE,
/// `Some(false)` for IMMUTABLE or STABLE, `None` when it says nothing.
fn volatility(statement: Node<'_, '_>) -> Option<bool> {
    statement
        .child(K::FUNC_OPTION_LIST)?
        .children()
        .filter_map(|option| match option.kind() {
            K::VOLATILE => Some(true),
            K::IMMUTABLE | K::STABLE => Some(false),
            _ => None,
        })
        .last()
}

/// The column of a `CHECK (col IS NOT NULL)`.
fn is_not_null_check(check: Node<'_, '_>) -> Option<String> {
    let tokens: Vec<String> = check
        .tokens()
        .map(|(_, text)| text.to_lowercase())
        .filter(|t| t != "(" && t != ")")
        .collect();
    let after = tokens.iter().position(|t| t == "check")? + 1;
    match &tokens[after..] {
        [column, is, not, null, rest @ ..]
            if is == "is"
                && not == "not"
                && null == "null"
                && (rest.is_empty() || rest == ["not", "valid"] || rest == ["no", "inherit"]) =>
        {
            Some(normalize(&[column.as_str()]))
        }
        _ => None,
    }
}

/// A (possibly qualified) name: every token but the dots, normalised.
pub(crate) fn name_of(node: Node<'_, '_>) -> String {
    let parts: Vec<&str> = node
        .tokens()
        .filter(|(kind, _)| *kind != K::DOT)
        .map(|(_, text)| text)
        .collect();
    normalize(&parts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::syntax::Tree;

    fn of(sql: &str) -> Facts {
        let tree = Tree::parse(sql);
        let statement = tree.statements().next().expect("a statement");
        facts(statement)
    }

    fn rules(sql: &str) -> Vec<(Rule, Option<String>)> {
        of(sql)
            .hazards
            .into_iter()
            .map(|h| (h.rule, h.table))
            .collect()
    }

    fn on(rule: Rule, table: &str) -> (Rule, Option<String>) {
        (rule, Some(table.to_owned()))
    }

    #[test]
    fn indexes() {
        assert_eq!(
            rules("CREATE UNIQUE INDEX i ON public.\"Trades\" (x);"),
            [on(Rule::CreateIndexNotConcurrently, "Trades")]
        );
        assert!(rules("CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON t (x);").is_empty());
        let facts = of("CREATE INDEX i ON auth.users (x);");
        assert_eq!(
            facts.indexes,
            [("auth.i".to_owned(), "auth.users".to_owned())]
        );
        assert!(facts.not_rerunnable.is_some());
        let dropped = of("DROP INDEX CONCURRENTLY IF EXISTS s.i, j;").dropped_indexes;
        assert_eq!(dropped.len(), 2);
        assert!(dropped[0].concurrently && dropped[0].name == "s.i");
    }

    #[test]
    fn columns() {
        assert_eq!(
            rules("ALTER TABLE t ADD COLUMN c int NOT NULL;"),
            [on(Rule::AddNotNullColumnWithoutDefault, "t")]
        );
        assert!(rules("ALTER TABLE t ADD COLUMN c int NOT NULL DEFAULT 0;").is_empty());
        assert!(rules("ALTER TABLE t ADD COLUMN c timestamptz DEFAULT now();").is_empty());
        assert_eq!(
            rules("ALTER TABLE t ADD COLUMN c uuid DEFAULT gen_random_uuid();"),
            [on(Rule::AddColumnVolatileDefault, "t")]
        );
        assert_eq!(
            rules("ALTER TABLE t ADD COLUMN id bigserial PRIMARY KEY;"),
            [
                on(Rule::AddColumnVolatileDefault, "t"),
                on(Rule::AddUniqueWithoutIndex, "t")
            ]
        );
        assert_eq!(
            rules("ALTER TABLE t ALTER COLUMN c TYPE bigint;"),
            [on(Rule::AlterColumnType, "t")]
        );
        assert_eq!(
            rules("ALTER TABLE t DROP COLUMN c, RENAME COLUMN a TO b;"),
            [on(Rule::DropColumn, "t"), on(Rule::RenameColumn, "t")]
        );
        let facts = of("ALTER TABLE s.a RENAME TO b;");
        assert_eq!(facts.renames, [("s.a".to_owned(), "s.b".to_owned())]);
    }

    #[test]
    fn constraints() {
        assert_eq!(
            rules("ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (x) REFERENCES u (id);"),
            [on(Rule::AddForeignKeyWithoutNotValid, "t")]
        );
        assert!(rules(
            "ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (x) REFERENCES u (id) NOT VALID;"
        )
        .is_empty());
        assert_eq!(
            rules("ALTER TABLE t ADD CONSTRAINT u UNIQUE (x);"),
            [on(Rule::AddUniqueWithoutIndex, "t")]
        );
        assert!(rules("ALTER TABLE t ADD CONSTRAINT u UNIQUE USING INDEX ui;").is_empty());
        assert!(rules("ALTER TABLE t ADD CONSTRAINT p PRIMARY KEY USING INDEX ui;").is_empty());
        let facts = of("ALTER TABLE t ADD CONSTRAINT c CHECK (x IS NOT NULL) NOT VALID;");
        assert!(facts.hazards.is_empty());
        assert_eq!(
            facts.unvalidated_checks,
            [("t".to_owned(), "c".to_owned(), "x".to_owned())]
        );
        assert_eq!(
            of("ALTER TABLE t VALIDATE CONSTRAINT c, ALTER COLUMN x SET NOT NULL;").set_not_null,
            [("t".to_owned(), "x".to_owned())]
        );
    }

    #[test]
    fn other_statements() {
        assert_eq!(rules("VACUUM FULL t;"), [on(Rule::RewriteTable, "t")]);
        assert!(rules("VACUUM t;").is_empty());
        assert_eq!(rules("CLUSTER t USING i;"), [on(Rule::RewriteTable, "t")]);
        assert_eq!(
            rules("LOCK TABLE t IN ACCESS EXCLUSIVE MODE;"),
            [on(Rule::LockTable, "t")]
        );
        assert!(of("SET lock_timeout = '2s';").sets_lock_timeout);
        assert!(of("SET LOCAL lock_timeout TO '2s';").sets_lock_timeout);
        assert_eq!(
            of("ALTER TYPE mood ADD VALUE 'happy';").enum_values,
            ["'happy'"]
        );
        assert_eq!(
            of("CREATE TABLE IF NOT EXISTS S.T (id int);").creates,
            ["s.t"]
        );
        assert_eq!(
            rules("DROP TABLE IF EXISTS a, b;"),
            [on(Rule::DropTable, "a"), on(Rule::DropTable, "b")]
        );
    }
}
