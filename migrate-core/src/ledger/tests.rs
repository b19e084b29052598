//! The ledger's decisions on rows made by hand: no database involved.

use super::*;

/// `a1 <- b2 <- c3`, loaded from a temporary directory.
fn chain() -> (tempfile::TempDir, Migrations) {
    let dir = tempfile::tempdir().unwrap();
    for (id, parent) in [("a1", "none"), ("b2", "a1"), ("c3", "b2")] {
        std::fs::write(
            dir.path().join(format!("{id}_x.sql")),
            format!(
                "-- revision: {id}\n-- down_revision: {parent}\n\n-- migrate:up\nSELECT 1;\n\n-- migrate:down\nSELECT 2;\n"
            ),
        )
        .unwrap();
    }
    let migrations = Migrations::load(dir.path()).unwrap();
    (dir, migrations)
}

fn row(migrations: &Migrations, id: &str, status: Status) -> Record {
    let checksum = migrations
        .get(id)
        .map(|r| r.checksum().to_string())
        .unwrap_or_else(|| "00".repeat(32));
    Record {
        revision: id.to_owned(),
        checksum,
        status,
        execution_ms: 1,
        detail: None,
        applied_at: None,
    }
}

#[test]
fn rows_are_put_in_canonical_order_with_unknown_ones_last() {
    let (_dir, m) = chain();
    let rows = ["zz", "c3", "a1", "b2", "yy"].map(|id| row(&m, id, Status::Applied));
    let ledger = Ledger::new(&m, rows.to_vec());
    let order: Vec<&str> = ledger
        .records()
        .iter()
        .map(|r| r.revision.as_str())
        .collect();
    assert_eq!(order, ["a1", "b2", "c3", "yy", "zz"]);
}

#[test]
fn applied_and_current_leave_out_what_is_not_settled_or_not_known() {
    let (_dir, m) = chain();
    let rows = vec![
        row(&m, "a1", Status::Applied),
        row(&m, "b2", Status::Failed),
        row(&m, "zz", Status::Applied),
    ];
    let ledger = Ledger::new(&m, rows);
    assert_eq!(ledger.applied(), ["a1"]);
    assert_eq!(ledger.current().unwrap(), ["a1", "zz"]);
    let unsettled: Vec<&str> = ledger.unsettled().map(|r| r.revision.as_str()).collect();
    assert_eq!(unsettled, ["b2"]);
}

#[test]
fn drift_names_each_kind_and_tolerance_drops_only_what_it_allows() {
    let (_dir, m) = chain();
    let mut edited = row(&m, "b2", Status::Applied);
    edited.checksum = "ab".repeat(32);
    let rows = vec![
        row(&m, "a1", Status::Applied),
        edited,
        row(&m, "c3", Status::Running),
        row(&m, "zz", Status::Applied),
    ];
    let ledger = Ledger::new(&m, rows);
    let all = ledger.drift(Tolerance::NONE);
    assert!(matches!(&all[0], Drift::ChecksumMismatch { revision, .. } if revision == "b2"));
    assert!(
        matches!(&all[1], Drift::Failed { revision, status: Status::Running, .. } if revision == "c3")
    );
    assert!(matches!(&all[2], Drift::Unknown { revision } if revision == "zz"));
    assert_eq!(all.len(), 3);

    let lenient = ledger.drift(Tolerance {
        unknown: true,
        checksum_mismatch: true,
    });
    assert_eq!(lenient.len(), 1, "a running revision is never tolerated");
    assert!(matches!(ledger.refuse_drift(Tolerance::NONE), Err(Error::Drift(d)) if d.len() == 3));
    assert_eq!(
        ledger.edited(),
        [("b2", m.get("b2").unwrap().checksum().to_string())]
    );
}

#[test]
fn forgetting_unsettled_rows_clears_their_drift() {
    let (_dir, m) = chain();
    let mut ledger = Ledger::new(
        &m,
        vec![
            row(&m, "a1", Status::Applied),
            row(&m, "b2", Status::Failed),
        ],
    );
    ledger.forget_unsettled();
    assert!(ledger.drift(Tolerance::NONE).is_empty());
    assert_eq!(ledger.applied(), ["a1"]);
}

#[test]
fn a_stamp_clears_unsettled_rows_and_refuses_unknown_ones_unless_purging() {
    let (_dir, m) = chain();
    let ledger = Ledger::new(
        &m,
        vec![
            row(&m, "a1", Status::Applied),
            row(&m, "b2", Status::Failed),
        ],
    );
    let basis = ledger.stamp_basis(false).unwrap();
    assert_eq!(basis.applied, ["a1"]);
    assert_eq!(basis.clear, ["b2"]);

    let with_unknown = Ledger::new(
        &m,
        vec![
            row(&m, "a1", Status::Applied),
            row(&m, "zz", Status::Applied),
        ],
    );
    assert!(matches!(
        with_unknown.stamp_basis(false),
        Err(Error::Drift(d)) if d == [Drift::Unknown { revision: "zz".into() }]
    ));
    let purge = with_unknown.stamp_basis(true).unwrap();
    assert!(purge.applied.is_empty());
    assert_eq!(purge.clear, ["a1", "zz"]);
}

#[test]
fn an_unknown_status_reads_as_failed() {
    let record = Record::from_columns("a1".into(), "00".into(), "paused", 0, None);
    assert_eq!(record.status, Status::Failed);
    assert!(record.detail.unwrap().contains("unknown status 'paused'"));
}

#[test]
fn repair_checks_every_revision_against_its_row_before_changing_any() {
    let (_dir, m) = chain();
    let mut edited = row(&m, "a1", Status::Applied);
    edited.checksum = "ab".repeat(32);
    let ledger = Ledger::new(
        &m,
        vec![
            edited,
            row(&m, "b2", Status::Failed),
            row(&m, "zz", Status::Running),
        ],
    );

    let accepted = ledger.plan_repair(&["a1"], Repair::AcceptChecksum).unwrap();
    assert_eq!(accepted[0].before, "ab".repeat(32));
    assert_eq!(
        accepted[0].after,
        m.get("a1").unwrap().checksum().to_string()
    );
    let resolved = ledger.plan_repair(&["b2"], Repair::MarkApplied).unwrap();
    assert_eq!(resolved[0].to_string(), "b2: status failed -> applied");
    let forgotten = ledger.plan_repair(&["b2"], Repair::MarkNotApplied).unwrap();
    assert_eq!(forgotten[0].to_string(), "b2: status failed -> not applied");

    let refused = ledger
        .plan_repair(&["a1", "b2", "c3", "zz"], Repair::MarkApplied)
        .unwrap_err();
    let Error::CannotRepair { problems } = &refused else {
        panic!("{refused:?}");
    };
    let ids: Vec<&str> = problems.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, ["a1", "c3", "zz"], "{refused}");
    assert!(
        refused.to_string().contains("'c3' is not recorded"),
        "{refused}"
    );
    assert!(ledger.plan_repair(&["b2"], Repair::AcceptChecksum).is_err());
}

#[test]
fn adopt_needs_an_empty_table_known_ids_and_everything_they_require() {
    let (_dir, m) = chain();
    let empty = Ledger::new(&m, Vec::new());
    let ids: Vec<&str> = empty
        .plan_adopt(&["b2", "a1"])
        .unwrap()
        .iter()
        .map(|r| r.id())
        .collect();
    assert_eq!(ids, ["a1", "b2"], "in canonical order");

    let Err(Error::CannotAdopt { problems }) = empty.plan_adopt(&["c3", "zz"]) else {
        panic!("a gap and an unknown id must be refused");
    };
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems[0].contains("'zz' is not in the migration set"),
        "{problems:?}"
    );
    assert!(
        problems[1].contains("'c3' is applied but 'b2'"),
        "{problems:?}"
    );

    let managed = Ledger::new(&m, vec![row(&m, "a1", Status::Applied)]);
    assert!(matches!(
        managed.plan_adopt(&["a1"]),
        Err(Error::CannotAdopt { .. })
    ));
}
