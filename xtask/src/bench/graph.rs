//! Loader and planner timings on generated directories.

use std::hint::black_box;
use std::path::Path;

use migraph_core::Migrations;

use super::gen::{self, Shape};
use super::stats::{time, Samples};

/// Timings of one (shape, size) directory.
#[derive(Debug)]
pub struct GraphResult {
    pub shape: Shape,
    pub n: usize,
    pub bytes: u64,
    /// `Migrations::load`: scan, parse, checksum, validate.
    pub load: Samples,
    /// Building the lookup index on a fresh clone (first `get`).
    pub index: Samples,
    /// `plan_upgrade([], "heads")` on a fresh clone: includes the index build.
    pub up_empty_cold: Samples,
    /// `plan_upgrade([], "heads")`, index already built.
    pub up_empty: Samples,
    /// `plan_upgrade(all, "heads")`, index already built.
    pub up_at_head: Samples,
    /// `plan_downgrade(all, "base")`, index already built.
    pub down_base: Samples,
}

#[derive(Debug, Clone, Copy)]
pub struct Iterations {
    pub load: usize,
    pub plan: usize,
}

pub fn run(root: &Path, shape: Shape, n: usize, iters: Iterations) -> Result<GraphResult, String> {
    let dir = root.join(format!("graph-{}-{n}", shape.name()));
    let bytes = gen::write_dir(&dir, shape, n)
        .map_err(|e| format!("cannot write {}: {e}", dir.display()))?;
    let load_once = || Migrations::load(&dir).map_err(|e| format!("{}: {e}", dir.display()));

    // Warm the page cache and the allocator once, untimed.
    let m = load_once()?;
    if m.len() != n {
        return Err(format!(
            "{}: loaded {} revisions, expected {n}",
            dir.display(),
            m.len()
        ));
    }

    let mut load = Samples::default();
    for _ in 0..iters.load {
        let (loaded, d) = time(load_once);
        load.push(d);
        drop(black_box(loaded?));
    }

    let all: Vec<&str> = m.revisions().iter().map(|r| r.id()).collect();
    let none: [&str; 0] = [];
    let expect = |what: &str, got: usize, want: usize| {
        if got == want {
            Ok(())
        } else {
            Err(format!(
                "{}: {what} has {got} steps, expected {want}",
                dir.display()
            ))
        }
    };
    // Plans are checked and dropped inside the timed closure; the error
    // (large) becomes a string only on failure.
    let steps = |plan: migraph_core::Result<migraph_core::Plan<'_>>| {
        plan.map(|p| black_box(p).len())
            .map_err(|e| format!("{}: {e}", dir.display()))
    };

    let mut index = Samples::default();
    let mut up_empty_cold = Samples::default();
    for _ in 0..iters.plan {
        let fresh = m.clone();
        let (found, d) = time(|| fresh.get(all[0]).is_some());
        index.push(d);
        if !found {
            return Err(format!("{}: {} not found", dir.display(), all[0]));
        }
        drop(fresh);

        let fresh = m.clone();
        let (len, d) = time(|| steps(fresh.plan_upgrade(&none, "heads")));
        up_empty_cold.push(d);
        expect("upgrade heads from empty", len?, n)?;
    }

    // Build the index of `m` once; the plans below reuse it (warm).
    let _ = m.heads();
    let mut up_empty = Samples::default();
    let mut up_at_head = Samples::default();
    let mut down_base = Samples::default();
    for _ in 0..iters.plan {
        let (len, d) = time(|| steps(m.plan_upgrade(&none, "heads")));
        up_empty.push(d);
        expect("upgrade heads from empty", len?, n)?;

        let (len, d) = time(|| steps(m.plan_upgrade(&all, "heads")));
        up_at_head.push(d);
        expect("upgrade heads at head", len?, 0)?;

        let (len, d) = time(|| steps(m.plan_downgrade(&all, "base")));
        down_base.push(d);
        expect("downgrade base", len?, n)?;
    }

    Ok(GraphResult {
        shape,
        n,
        bytes,
        load,
        index,
        up_empty_cold,
        up_empty,
        up_at_head,
        down_base,
    })
}
