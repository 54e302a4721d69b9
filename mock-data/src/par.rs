//! A work queue over the machine's cores: no model or aggregation code, only the threads. The
//! publication and the audit both use it; the results come back in the order of the input, so
//! nothing depends on which thread did what.

use std::sync::atomic::{AtomicUsize, Ordering};

/// How many threads to use: the cores the process may run on.
pub fn threads() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
}

/// `f` of every item, run by `threads()` workers that each take the next item not yet taken (so
/// put the heaviest items first). The results are in the order of `items`.
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let workers = threads().min(items.len());
    if workers <= 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let mut out: Vec<(usize, R)> = std::thread::scope(|s| {
        let hs: Vec<_> = (0..workers)
            .map(|_| {
                s.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        done.push((i, f(item)));
                    }
                    done
                })
            })
            .collect();
        hs.into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    out.sort_unstable_by_key(|x| x.0);
    out.into_iter().map(|x| x.1).collect()
}
