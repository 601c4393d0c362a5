namespace ScimConformance.Core.Scoping;

/// <summary>
/// A narrowing construct the target refused during the scoping probe, said once for the whole run (console and
/// results.json) instead of through every check that would have used it. <paramref name="Request"/> is the exact
/// request line sent, so the vendor can replay it. <paramref name="Status"/> is null when no answer came.
/// </summary>
public sealed record ScopeFinding(string Construct, string Request, int? Status, string Answer);
