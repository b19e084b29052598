//! The one parallel map of the pure layer: the loader's file reads, the SQL
//! check and the lint's statement reading each call [`map_chunks`].
//!
//! Scoped threads from the standard library, no pool and no dependency: the
//! work runs once per load (in the proc macro, once per build), so a thread
//! started per chunk costs less than a pool kept alive in the compiler's
//! process, and small sets never start one.

/// A cap, so that a large machine does not start a thread per core for one
/// migration set: the reads scale poorly past a few threads, and each
/// chunk is a few milliseconds of work.
const MAX_THREADS: usize = 8;

/// `f` over contiguous chunks of `items`, on up to [`MAX_THREADS`] scoped
/// threads (the calling thread takes the first chunk), with at least
/// `min_per_thread` items per thread; the results come back in item order.
/// Fewer than twice `min_per_thread` items run on the calling thread alone,
/// without asking how many cores there are.
///
/// A panic in `f` is raised again on the calling thread, as a sequential
/// loop would have raised it.
pub(crate) fn map_chunks<I, T, F>(items: &[I], min_per_thread: usize, f: F) -> Vec<T>
where
    I: Sync,
    T: Send,
    F: Fn(&[I]) -> Vec<T> + Sync,
{
    let threads = thread_count(items.len(), min_per_thread);
    if threads == 1 {
        return f(items);
    }
    let chunk_len = items.len().div_ceil(threads);
    let f = &f;
    std::thread::scope(|scope| {
        let mut chunks = items.chunks(chunk_len);
        let first = chunks.next().unwrap_or_default();
        let workers: Vec<_> = chunks.map(|chunk| scope.spawn(move || f(chunk))).collect();
        let mut out = f(first);
        for worker in workers {
            out.extend(
                worker
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            );
        }
        out
    })
}

/// `f` over every item, in parallel as [`map_chunks`] does.
#[cfg(any(test, feature = "sql-check"))]
pub(crate) fn map<I, T, F>(items: &[I], min_per_thread: usize, f: F) -> Vec<T>
where
    I: Sync,
    T: Send,
    F: Fn(&I) -> T + Sync,
{
    map_chunks(items, min_per_thread, |chunk| {
        chunk.iter().map(&f).collect()
    })
}

/// How many threads to work on `len` items with; 1 means the calling
/// thread only.
fn thread_count(len: usize, min_per_thread: usize) -> usize {
    let wanted = len / min_per_thread.max(1);
    if wanted <= 1 {
        return 1;
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    wanted.min(cores).min(MAX_THREADS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_item_order() {
        for len in [0, 1, 63, 64, 65, 200, 1_000] {
            let items: Vec<usize> = (0..len).collect();
            let doubled = map(&items, 16, |i| i * 2);
            assert_eq!(doubled, items.iter().map(|i| i * 2).collect::<Vec<_>>());
            let chunked = map_chunks(&items, 16, |chunk| vec![chunk.len(); chunk.len()]);
            assert_eq!(chunked.len(), len);
        }
    }

    #[test]
    fn small_inputs_stay_on_the_calling_thread() {
        let caller = std::thread::current().id();
        let items = [1, 2, 3];
        let threads = map(&items, 2, |_| std::thread::current().id());
        assert!(threads.iter().all(|t| *t == caller));
    }

    #[test]
    fn a_panic_in_a_worker_reaches_the_caller() {
        let items: Vec<usize> = (0..100).collect();
        let caught = std::panic::catch_unwind(|| {
            map(&items, 10, |&i| {
                assert!(i != 99, "item 99");
                i
            })
        });
        let message = caught.unwrap_err();
        let text = message
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| message.downcast_ref::<&str>().copied())
            .unwrap_or("");
        assert!(text.contains("item 99"), "{text}");
    }
}
