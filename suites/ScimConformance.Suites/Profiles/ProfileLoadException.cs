namespace ScimConformance.Suites.Profiles;

/// <summary>A profile file that cannot be used: names the file and, for schema violations, the JSON pointer.</summary>
public sealed class ProfileLoadException : Exception
{
    public ProfileLoadException() { }

    public ProfileLoadException(string message) : base(message) { }

    public ProfileLoadException(string message, Exception inner) : base(message, inner) { }
}
