namespace ScimConformance.Cli.Commands.Load;

/// <summary>
/// How often a step failed in one way: <c>status:NNN</c> (an unexpected HTTP status), <c>transport</c> (no
/// answer), <c>timeout</c>, or <c>wrong-result</c> (an answer that did not hold what the step needed).
/// </summary>
public sealed record LoadError(LoadStep Step, string Kind, int Count, string Example);
