//! Rebuilds (and so re-checks) the embedded sets whenever a file of the
//! repository's `migrations/` or of `examples/timescale/migrations` is
//! added, edited or removed.

fn main() {
    println!("cargo:rerun-if-changed=../../migrations");
    println!("cargo:rerun-if-changed=../timescale/migrations");
}
