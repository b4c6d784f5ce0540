//! Placeholder until the ui benchmarks exist.

fn main() {}
