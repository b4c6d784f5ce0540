//! New seeds for draws, the same way for the app and the command line.
//!
//! A seed only chooses where a session's draws start; the draws themselves use the documented
//! ChaCha selection in [`crate::session::DrawPile`], so a seed gives the same cards on every
//! machine. New seeds come from the operating system's random source (through `rand`), kept to
//! six digits so a facilitator can read one out and type it again.

/// The largest seed [`new_seed`] makes, plus one.
pub const NEW_SEED_LIMIT: u64 = 1_000_000;

/// A fresh seed, `0..1_000_000`, from the operating system's random source.
pub fn new_seed() -> u64 {
    rand::random_range(0..NEW_SEED_LIMIT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_seeds_are_short_and_differ() {
        let seeds: Vec<u64> = (0..64).map(|_| new_seed()).collect();
        assert!(seeds.iter().all(|s| *s < NEW_SEED_LIMIT));
        let mut distinct = seeds.clone();
        distinct.sort_unstable();
        distinct.dedup();
        // 64 draws from a million collide rarely; all equal would mean no randomness at all.
        assert!(distinct.len() > 60, "{seeds:?}");
    }
}
