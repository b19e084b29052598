//! The comparison's sentences, on hand-built snapshots.

use super::{squeeze_sql, Fact, Snapshot};

fn trades() -> Vec<Fact> {
    let table = || Fact::object("table", "trades");
    vec![
        table().property("comment", Some("fills")),
        table()
            .part("column", "id")
            .property("type", Some("bigint")),
        table()
            .part("column", "qty")
            .property("type", Some("integer")),
        table().part("column", "qty").property("default", Some("0")),
        table()
            .part("index", "trades_ts_idx")
            .property("definition", Some("USING btree (ts)")),
        Fact::object("type", "mood").part("value", "'happy'"),
    ]
}

#[test]
fn the_same_schema_has_no_difference() {
    let a: Snapshot = trades().into_iter().collect();
    let b: Snapshot = trades().into_iter().rev().collect();
    assert!(b.differences(&a).is_empty());
}

#[test]
fn each_difference_is_one_sentence() {
    let before: Snapshot = trades().into_iter().collect();
    let mut after = before.clone();
    after.add(
        Fact::object("table", "trades")
            .part("column", "fee_bp")
            .property("type", Some("integer")),
    );
    after.add(Fact::object("type", "mood").part("value", "'sad'"));
    after.add(Fact::object("view", "v"));
    after
        .objects
        .get_mut(&("table".to_owned(), "trades".to_owned()))
        .unwrap()
        .parts
        .retain(|(kind, _), props| {
            props.remove("default");
            kind != "index"
        });
    assert_eq!(
        after.differences(&before),
        [
            "table trades: index trades_ts_idx is missing",
            "table trades: column qty default changed from 0 to none",
            "table trades: column fee_bp remains",
            "type mood: value 'sad' remains",
            "view v remains",
        ]
    );
    assert_eq!(
        before.differences(&after),
        [
            "table trades: column fee_bp is missing",
            "table trades: column qty default changed from none to 0",
            "table trades: index trades_ts_idx remains",
            "type mood: value 'sad' is missing",
            "view v is missing",
        ]
    );
}

#[test]
fn parts_are_compared_by_name_not_position() {
    let column = |name: &str, position: &str| {
        Fact::object("table", "t")
            .part("column", name)
            .property("type", Some(position))
    };
    let a: Snapshot = [column("a", "int"), column("b", "text")]
        .into_iter()
        .collect();
    let b: Snapshot = [column("b", "text"), column("a", "int")]
        .into_iter()
        .collect();
    assert!(a.differences(&b).is_empty());
}

#[test]
fn a_constraint_the_database_numbered_again_is_the_same() {
    let fk = |name: &str| {
        Fact::object("table", "t")
            .part("constraint", name)
            .property("definition", Some("FOREIGN KEY (a) REFERENCES u(id)"))
    };
    let before: Snapshot = [fk("t_ibfk_1")].into_iter().collect();
    let after: Snapshot = [fk("t_ibfk_2")].into_iter().collect();
    assert!(after.differences(&before).is_empty());
    // A different name, or a different definition, is a difference.
    let named: Snapshot = [fk("fk_t_u")].into_iter().collect();
    assert_eq!(
        named.differences(&before),
        [
            "table t: constraint t_ibfk_1 is missing",
            "table t: constraint fk_t_u remains"
        ]
    );
}

#[test]
fn long_values_show_where_they_first_differ() {
    let body = |text: &str| Fact::object("function", "f()").property("definition", Some(text));
    let before: Snapshot = [body("BEGIN\n  RETURN 1;\nEND")].into_iter().collect();
    let after: Snapshot = [body("BEGIN\n  RETURN 2;\nEND")].into_iter().collect();
    assert_eq!(
        after.differences(&before),
        ["function f() definition changed at line 2: 'BEGIN   RETURN 1; END' became 'BEGIN   RETURN 2; END'"]
    );
}

#[test]
fn rows_with_nulls_record_existence_only() {
    let snapshot: Snapshot = [Fact::from_row((
        "extension".into(),
        "pgcrypto".into(),
        None,
        None,
        Some("comment".into()),
        None,
    ))]
    .into_iter()
    .collect();
    let object = snapshot.get("extension", "pgcrypto").unwrap();
    assert!(object.properties.is_empty() && object.parts.is_empty());
}

#[test]
fn sql_text_is_compared_by_what_it_says() {
    let a = "CREATE VIEW big AS\n  SELECT id FROM orders\n  WHERE total > 100 AND note = 'a  b';";
    let b = "create view big as select id from \"orders\" where total>100 and note='a  b'";
    assert_eq!(squeeze_sql(a, true), squeeze_sql(b, true));
    assert_eq!(
        squeeze_sql(a, true),
        "create view big as select id from orders where total>100 and note='a  b'"
    );
    // Without folding only whitespace goes; case and quotes stay.
    assert_eq!(
        squeeze_sql("BEGIN\n  RETURN 'It''s';\nEND;", false),
        "BEGIN RETURN 'It''s';END"
    );
    assert_ne!(
        squeeze_sql("SELECT 'A'", true),
        squeeze_sql("SELECT 'a'", true)
    );
}

#[test]
fn a_long_one_line_value_shows_its_first_difference_in_context() {
    let def = |text: &str| {
        Fact::object("table", "t")
            .part("index", "i")
            .property("definition", Some(text))
    };
    let before: Snapshot = [def(&format!("USING btree ({}a)", "x, ".repeat(30)))]
        .into_iter()
        .collect();
    let after: Snapshot = [def(&format!("USING btree ({}b)", "x, ".repeat(30)))]
        .into_iter()
        .collect();
    assert_eq!(
        after.differences(&before),
        ["table t: index i definition changed: '..., x, x, x, x, x, x, a)' became '..., x, x, x, x, x, x, b)'"]
    );
}
