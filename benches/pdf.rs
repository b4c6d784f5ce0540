//! Placeholder until the pdf benchmarks exist.

fn main() {}
