namespace ScimConformance.Core.Configuration.Options;

/// <summary>
/// The form of an option's value: how text becomes a typed value, and what a reader is told when it does not.
/// </summary>
/// <param name="Expected">What the value must be, e.g. "a positive number of seconds (e.g. 30)".</param>
/// <param name="Parse">Parses the trimmed text; throws <see cref="OptionFormatException"/> with the problem.</param>
/// <param name="EchoValue">False for values a user may mistake for a secret (a variable name): errors never repeat them.</param>
/// <param name="Example">A valid value, for help and for tests that walk every declaration.</param>
/// <param name="IsPath">A file path, resolved against the working directory when a flag sets it.</param>
public sealed record OptionValue<T>(string Expected, Func<string, T> Parse, string Example, bool EchoValue = true, bool IsPath = false);
