//! The bounded scheduler of a fleet run: at most `jobs` members at work,
//! members pulled from their stream only when a slot is free (so neither
//! the list nor the results are ever held whole), canaries first, and a
//! stop after a failure when asked; members never started are handed back
//! as skipped.

use std::future::Future;
use std::pin::Pin;

use futures_util::stream::{self, FuturesUnordered, Stream, StreamExt};

/// How many members run at once, and when the run stops starting more.
#[derive(Debug, Clone, Copy)]
pub(super) struct Limits {
    /// Members at work at once (at least 1).
    pub jobs: usize,
    /// The first members, all of which must succeed before any other starts.
    pub canary: usize,
    /// Start nothing more after the first failure.
    pub fail_fast: bool,
}

/// What the scheduler needs to know of a finished member.
pub(super) trait Finished {
    /// Whether the member failed (stops a canary run, and a fail-fast one).
    fn failed(&self) -> bool;
}

struct State<S, W, K, F> {
    members: Pin<Box<S>>,
    running: FuturesUnordered<F>,
    work: W,
    skip: K,
    limits: Limits,
    started: usize,
    canaries_done: usize,
    /// Nothing more starts: a canary or (with fail-fast) a member failed.
    stopped: bool,
    /// The members' stream has ended.
    exhausted: bool,
}

impl<S, W, K, F> State<S, W, K, F> {
    fn may_start(&self) -> bool {
        let canaries_pending = self.started >= self.limits.canary
            && self.canaries_done < self.limits.canary.min(self.started);
        !self.stopped
            && !self.exhausted
            && self.running.len() < self.limits.jobs.max(1)
            && !canaries_pending
    }
}

/// Runs `work` on each member of `members` within `limits`, yielding each
/// outcome as it completes; members left when the run stops are turned
/// into outcomes by `skip`, in their order.
pub(super) fn schedule<M, O, S, W, F, K>(
    members: S,
    limits: Limits,
    work: W,
    skip: K,
) -> impl Stream<Item = O> + Send
where
    S: Stream<Item = M> + Send,
    W: FnMut(M) -> F + Send,
    F: Future<Output = O> + Send,
    K: FnMut(M) -> O + Send,
    O: Finished + Send,
    M: Send,
{
    let state = State {
        members: Box::pin(members),
        running: FuturesUnordered::new(),
        work,
        skip,
        limits,
        started: 0,
        canaries_done: 0,
        stopped: false,
        exhausted: false,
    };
    stream::unfold(state, |mut st| async move {
        loop {
            let may_start = st.may_start();
            if !may_start && st.running.is_empty() {
                // Nothing at work and nothing may start: the run is over
                // or stopped; hand back what is left, one at a time.
                if st.exhausted {
                    return None;
                }
                return match st.members.next().await {
                    Some(member) => {
                        let skipped = (st.skip)(member);
                        Some((skipped, st))
                    }
                    None => None,
                };
            }
            tokio::select! {
                biased;
                Some(outcome) = st.running.next(), if !st.running.is_empty() => {
                    let outcome: O = outcome;
                    if st.canaries_done < st.limits.canary {
                        // Until the canaries are done, only canaries run.
                        st.canaries_done += 1;
                        st.stopped |= outcome.failed();
                    }
                    st.stopped |= st.limits.fail_fast && outcome.failed();
                    return Some((outcome, st));
                }
                next = st.members.next(), if may_start => match next {
                    Some(member) => {
                        st.started += 1;
                        let job = (st.work)(member);
                        st.running.push(job);
                    }
                    None => st.exhausted = true,
                },
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    use std::time::Duration;

    use super::*;

    /// A member's outcome in these tests: its number and whether it ran.
    #[derive(Debug, PartialEq)]
    enum Done {
        Ok(usize),
        Failed(usize),
        Skipped(usize),
    }

    impl Finished for Done {
        fn failed(&self) -> bool {
            matches!(self, Done::Failed(_))
        }
    }

    /// Runs members `0..n` (those in `failing` fail) and returns the
    /// outcomes in completion order and the most that ran at once.
    fn run(n: usize, failing: &[usize], limits: Limits) -> (Vec<Done>, usize) {
        let running = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let failing = failing.to_vec();
        let outcomes = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on({
                let (running, most) = (running.clone(), most.clone());
                async move {
                    let work = move |i: usize| {
                        let (running, most, fails) =
                            (running.clone(), most.clone(), failing.contains(&i));
                        async move {
                            let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                            most.fetch_max(now, Ordering::SeqCst);
                            // Later members finish sooner: completion order
                            // differs from the list's.
                            tokio::time::sleep(Duration::from_millis(((n - i) % 4) as u64)).await;
                            running.fetch_sub(1, Ordering::SeqCst);
                            if fails {
                                Done::Failed(i)
                            } else {
                                Done::Ok(i)
                            }
                        }
                    };
                    schedule(stream::iter(0..n), limits, work, Done::Skipped)
                        .collect::<Vec<_>>()
                        .await
                }
            });
        (outcomes, most.load(Ordering::SeqCst))
    }

    fn limits(jobs: usize, canary: usize, fail_fast: bool) -> Limits {
        Limits {
            jobs,
            canary,
            fail_fast,
        }
    }

    fn count(outcomes: &[Done], f: fn(&Done) -> bool) -> usize {
        outcomes.iter().filter(|o| f(o)).count()
    }

    #[test]
    fn every_member_runs_once_within_the_jobs() {
        let (outcomes, most) = run(50, &[7], limits(4, 0, false));
        assert_eq!(outcomes.len(), 50);
        assert_eq!(count(&outcomes, |o| matches!(o, Done::Ok(_))), 49);
        assert!(outcomes.contains(&Done::Failed(7)));
        assert!((2..=4).contains(&most), "{most} at once");
        let mut seen: Vec<usize> = outcomes
            .iter()
            .map(|o| match o {
                Done::Ok(i) | Done::Failed(i) | Done::Skipped(i) => *i,
            })
            .collect();
        seen.sort();
        assert_eq!(seen, (0..50).collect::<Vec<_>>());
    }

    #[test]
    fn fail_fast_starts_nothing_after_a_failure() {
        let (outcomes, most) = run(30, &[2], limits(1, 0, true));
        assert_eq!(most, 1);
        assert_eq!(outcomes[..3], [Done::Ok(0), Done::Ok(1), Done::Failed(2)]);
        assert!(outcomes[3..].iter().all(|o| matches!(o, Done::Skipped(_))));
        assert_eq!(outcomes.len(), 30);
    }

    #[test]
    fn a_failing_canary_stops_the_rest() {
        let (outcomes, _) = run(20, &[1], limits(8, 3, false));
        // The three canaries ran (at most three at once), nothing else did.
        assert_eq!(count(&outcomes[..3], |o| !matches!(o, Done::Skipped(_))), 3);
        assert_eq!(count(&outcomes[3..], |o| matches!(o, Done::Skipped(_))), 17);
    }

    #[test]
    fn healthy_canaries_let_the_rest_go_on() {
        let (outcomes, most) = run(20, &[15], limits(8, 3, false));
        assert_eq!(count(&outcomes, |o| matches!(o, Done::Skipped(_))), 0);
        assert_eq!(count(&outcomes, |o| matches!(o, Done::Failed(_))), 1);
        assert!(most <= 8);
        // The canaries finished before anything else started.
        let first: Vec<usize> = outcomes[..3]
            .iter()
            .map(|o| match o {
                Done::Ok(i) | Done::Failed(i) | Done::Skipped(i) => *i,
            })
            .collect();
        assert!(first.iter().all(|i| *i < 3), "{first:?}");
    }

    #[test]
    fn fewer_members_than_canaries() {
        let (outcomes, _) = run(2, &[], limits(4, 5, false));
        assert_eq!(count(&outcomes, |o| matches!(o, Done::Ok(_))), 2);
    }
}
