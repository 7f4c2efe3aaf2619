import Testing

extension Tag {
    /// Suites that run for tens of seconds or more: huge inputs, memory limits, killed
    /// processes. `SUMMARYKIT_TESTS=fast bash scripts/test.sh` leaves them out and
    /// `SUMMARYKIT_TESTS=slow` runs only them (the script skips or filters them by the type
    /// names it lists, which `SlowSuiteListTests` keeps equal to the suites tagged here); on a
    /// toolchain whose `swift test` filters by tag, `--skip tag:slow` does the same.
    @Tag static var slow: Self
}
