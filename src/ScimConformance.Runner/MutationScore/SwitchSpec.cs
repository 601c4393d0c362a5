namespace ScimConformance.Runner.MutationScore;

/// <summary>
/// One switch of a test server, as the score needs it: a real defect names the checks that must catch it
/// (<paramref name="CaughtBy"/>); a benign variation names none and must make nothing fail.
/// </summary>
public sealed record SwitchSpec(string Name, bool Benign, IReadOnlyList<string> CaughtBy);
