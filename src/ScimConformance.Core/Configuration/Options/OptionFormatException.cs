namespace ScimConformance.Core.Configuration.Options;

/// <summary>
/// A value does not have the form its option takes. The message is a phrase that completes "&lt;option&gt; '&lt;value&gt;' ...",
/// e.g. "is not a positive number of seconds (e.g. 30)"; <see cref="TargetOption"/> turns it into a configuration error
/// that names the option as the user wrote it (flag or settings key).
/// </summary>
public sealed class OptionFormatException : Exception
{
    public OptionFormatException(string problem) : base(problem) { }

    /// <param name="hidesValue">The value holds what may be a secret (a URL's user:password): the message must not repeat it.</param>
    public OptionFormatException(string problem, bool hidesValue) : base(problem) => HidesValue = hidesValue;
    public OptionFormatException() { }
    public OptionFormatException(string problem, Exception inner) : base(problem, inner) { }

    public bool HidesValue { get; }
}
