//! Runs a cargo build while watching the rustc it starts for one crate:
//! its peak memory, and a guard that stops it before it takes the machine
//! down (a 10,000-revision `migrations!()` can ask rustc for tens of GB).
//!
//! Linux only (`/proc`); elsewhere the build runs unwatched.

use std::path::Path;
use std::process::{Command, ExitStatus};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

#[derive(Debug)]
pub struct Watched {
    pub status: ExitStatus,
    pub elapsed: Duration,
    /// Peak resident memory of the crate's rustc, in KiB (sampled).
    pub peak_kib: Option<u64>,
    /// Why the build was stopped, if the guard stopped it.
    pub aborted: Option<String>,
}

#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub rss_kib: u64,
    pub time: Duration,
}

const POLL: Duration = Duration::from_millis(20);

/// Spawns `cmd` (a cargo build), times it, and watches the rustc process
/// compiling `crate_name`.
pub fn run(mut cmd: Command, crate_name: &str, limits: Limits) -> std::io::Result<Watched> {
    let start = Instant::now();
    let mut child = cmd.spawn()?;
    let cargo_pid = child.id();
    let done = AtomicBool::new(false);
    let peak = AtomicU64::new(0);
    let aborted: Mutex<Option<String>> = Mutex::new(None);
    let (status, elapsed) = std::thread::scope(|s| {
        s.spawn(|| {
            let needle = format!("--crate-name\0{crate_name}\0");
            let mut rustc: Option<u32> = None;
            while !done.load(Ordering::Relaxed) {
                if rustc.is_none() {
                    rustc = find_child(cargo_pid, &needle);
                }
                if let Some(kib) = rustc.and_then(|pid| status_kib(pid, "VmHWM:")) {
                    peak.fetch_max(kib, Ordering::Relaxed);
                }
                let over_mem = peak.load(Ordering::Relaxed) > limits.rss_kib;
                let over_time = start.elapsed() > limits.time;
                if over_mem || over_time {
                    let why = if over_mem {
                        format!(
                            "rustc passed {} after {:.0} s",
                            fmt_kib(limits.rss_kib),
                            start.elapsed().as_secs_f64()
                        )
                    } else {
                        format!("build passed {:.0} s", limits.time.as_secs_f64())
                    };
                    *aborted.lock().unwrap_or_else(|e| e.into_inner()) = Some(why);
                    // Stop what this build started: its rustc, then cargo.
                    if let Some(pid) = rustc {
                        kill(pid);
                    }
                    kill(cargo_pid);
                    break;
                }
                std::thread::sleep(POLL);
            }
        });
        let status = child.wait();
        let elapsed = start.elapsed();
        done.store(true, Ordering::Relaxed);
        (status, elapsed)
    });
    let peak = peak.load(Ordering::Relaxed);
    Ok(Watched {
        status: status?,
        elapsed,
        peak_kib: (peak > 0).then_some(peak),
        aborted: aborted.into_inner().unwrap_or_else(|e| e.into_inner()),
    })
}

/// A direct child of `parent` (started by any of its threads) whose command
/// line contains `needle`.
fn find_child(parent: u32, needle: &str) -> Option<u32> {
    let tasks = std::fs::read_dir(format!("/proc/{parent}/task")).ok()?;
    tasks
        .filter_map(Result::ok)
        .filter_map(|task| std::fs::read_to_string(task.path().join("children")).ok())
        .flat_map(|children| {
            children
                .split_whitespace()
                .filter_map(|p| p.parse::<u32>().ok())
                .collect::<Vec<_>>()
        })
        .find(|pid| {
            std::fs::read(format!("/proc/{pid}/cmdline"))
                .map(|c| String::from_utf8_lossy(&c).contains(needle))
                .unwrap_or(false)
        })
}

/// A `kB` field of `/proc/<pid>/status`.
fn status_kib(pid: u32, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find(|l| l.starts_with(field))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

fn kill(pid: u32) {
    let _ = Command::new("kill")
        .args(["-KILL", &pid.to_string()])
        .stderr(std::process::Stdio::null())
        .status();
}

/// `MemAvailable` from `/proc/meminfo`, in KiB.
pub fn mem_available_kib() -> Option<u64> {
    let info = std::fs::read_to_string("/proc/meminfo").ok()?;
    info.lines()
        .find(|l| l.starts_with("MemAvailable:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

pub fn fmt_kib(kib: u64) -> String {
    if kib >= 1024 * 1024 {
        format!("{:.1} GiB", kib as f64 / (1024.0 * 1024.0))
    } else {
        format!("{} MiB", kib / 1024)
    }
}

/// Whether peak memory can be watched here.
pub fn supported() -> bool {
    Path::new("/proc/self/task").exists()
}
