//! Placeholder until the session benchmarks exist.

fn main() {}
