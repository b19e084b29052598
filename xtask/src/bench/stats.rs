//! Samples of wall-clock durations: median, min, max, and formatting.

use std::time::{Duration, Instant};

/// A set of timings of one measurement.
#[derive(Debug, Clone, Default)]
pub struct Samples {
    times: Vec<Duration>,
}

impl Samples {
    pub fn push(&mut self, d: Duration) {
        self.times.push(d);
    }

    pub fn is_empty(&self) -> bool {
        self.times.is_empty()
    }

    fn sorted(&self) -> Vec<Duration> {
        let mut v = self.times.clone();
        v.sort();
        v
    }

    /// The median in seconds (mean of the two middle samples for an even count).
    pub fn median(&self) -> f64 {
        let v = self.sorted();
        match v.len() {
            0 => f64::NAN,
            n if n % 2 == 1 => v[n / 2].as_secs_f64(),
            n => (v[n / 2 - 1].as_secs_f64() + v[n / 2].as_secs_f64()) / 2.0,
        }
    }

    pub fn min(&self) -> f64 {
        self.sorted()
            .first()
            .map_or(f64::NAN, Duration::as_secs_f64)
    }

    pub fn max(&self) -> f64 {
        self.sorted().last().map_or(f64::NAN, Duration::as_secs_f64)
    }

    /// `median (min–max)`, e.g. `12.3 ms (11.9–13.0)`.
    pub fn summary(&self) -> String {
        if self.is_empty() {
            return "-".to_owned();
        }
        let unit = Unit::for_secs(self.median());
        format!(
            "{} ({}–{})",
            unit.with_suffix(self.median()),
            unit.bare(self.min()),
            unit.bare(self.max())
        )
    }
}

/// Times `f`, returning its result and the elapsed wall-clock time.
pub fn time<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let out = f();
    (out, start.elapsed())
}

#[derive(Debug, Clone, Copy)]
pub enum Unit {
    Micros,
    Millis,
    Secs,
}

impl Unit {
    pub fn for_secs(secs: f64) -> Unit {
        let abs = secs.abs();
        if abs < 1e-3 {
            Unit::Micros
        } else if abs < 1.0 {
            Unit::Millis
        } else {
            Unit::Secs
        }
    }

    pub fn bare(self, secs: f64) -> String {
        match self {
            Unit::Micros => format!("{:.1}", secs * 1e6),
            Unit::Millis if secs.abs() * 1e3 < 10.0 => format!("{:.2}", secs * 1e3),
            Unit::Millis => format!("{:.1}", secs * 1e3),
            Unit::Secs if secs.abs() < 10.0 => format!("{:.2}", secs),
            Unit::Secs => format!("{:.1}", secs),
        }
    }

    pub fn suffix(self) -> &'static str {
        match self {
            Unit::Micros => "µs",
            Unit::Millis => "ms",
            Unit::Secs => "s",
        }
    }

    pub fn with_suffix(self, secs: f64) -> String {
        format!("{} {}", self.bare(secs), self.suffix())
    }
}

/// A duration in seconds, in a readable unit.
pub fn fmt_secs(secs: f64) -> String {
    if secs.is_nan() {
        return "-".to_owned();
    }
    Unit::for_secs(secs).with_suffix(secs)
}

/// Prints rows as a left-aligned first column and right-aligned others.
pub fn print_table(header: &[&str], rows: &[Vec<String>]) {
    let cols = header.len();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate().take(cols) {
            widths[i] = widths[i].max(cell.chars().count());
        }
    }
    let line = |cells: Vec<&str>| {
        let mut out = String::new();
        for (i, cell) in cells.iter().enumerate() {
            let pad = widths[i].saturating_sub(cell.chars().count());
            if i == 0 {
                out.push_str(cell);
                out.push_str(&" ".repeat(pad));
            } else {
                out.push_str("  ");
                out.push_str(&" ".repeat(pad));
                out.push_str(cell);
            }
        }
        println!("{}", out.trim_end());
    };
    line(header.to_vec());
    let total: usize = widths.iter().sum::<usize>() + 2 * cols.saturating_sub(1);
    println!("{}", "-".repeat(total));
    for row in rows {
        line(row.iter().map(String::as_str).collect());
    }
}
