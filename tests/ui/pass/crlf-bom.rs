// A file with a UTF-8 BOM and CRLF line endings parses, embeds '\n' SQL and has the same checksum
// as the same SQL with LF endings (b1).

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/crlf-bom");

fn main() {
    let windows = M.get("a1").unwrap();
    assert_eq!(windows.message(), Some("windows file"));
    assert_eq!(
        windows.up_sql(),
        "CREATE TABLE t (x INTEGER);\nINSERT INTO t VALUES (1);\n\n"
    );
    assert!(!windows.down_sql().unwrap().contains('\r'));
    let unix = M.get("b1").unwrap();
    assert_eq!(windows.up_sql(), unix.up_sql());
    assert_eq!(windows.checksum(), unix.checksum());
}
