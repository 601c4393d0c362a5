using NUnit.Framework;

// Fixtures share nothing but the run (client, ledger, journal and per-test data are safe to share), so they may
// run side by side; `scimconf run --parallel N` (or NUnit's worker count) decides how many at once. The tests
// of one fixture still run in order, and fixtures that must run alone say [NonParallelizable].
[assembly: Parallelizable(ParallelScope.Fixtures)]
