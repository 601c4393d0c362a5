using System.Globalization;

namespace ScimConformance.Core.Configuration.Options;

/// <summary>The value forms target options take; each one parses and explains itself the same way for a flag and a settings key.</summary>
public static class OptionValues
{
    public static OptionValue<string> Text { get; } = new("a non-empty text", text => text, "scim-tester");

    /// <summary>The name of an environment variable; a value that is not one (a pasted token) is never echoed.</summary>
    public static OptionValue<string> VariableName { get; } = new("the name of an environment variable (letters, digits, '_'), not its value",
        text => IsVariableName(text) ? text : throw new OptionFormatException("is not the name of an environment variable (letters, digits, '_'); pass the variable's name, never the secret it holds"),
        "MY_SECRET", EchoValue: false);

    public static OptionValue<string> FilePath { get; } = new("a file path", text => text, "secrets/value.txt", IsPath: true);

    public static OptionValue<Uri> HttpUrl { get; } = new("an absolute http or https URL (e.g. https://host/scim/v2)", ParseHttpUrl, "https://example.com/scim/v2");

    public static OptionValue<TimeSpan> PositiveSeconds { get; } = new("a positive number of seconds (e.g. 30)",
        text => Number(text) is { } s && s > 0 ? TimeSpan.FromSeconds(s) : throw new OptionFormatException("is not a positive number of seconds (e.g. 30)"), "30");

    public static OptionValue<TimeSpan> NonNegativeSeconds { get; } = new("a number of seconds, 0 or more (e.g. 120)",
        text => Number(text) is { } s && s >= 0 ? TimeSpan.FromSeconds(s) : throw new OptionFormatException("is not a number of seconds, 0 or more (e.g. 120)"), "120");

    public static OptionValue<long> PositiveBytes { get; } = new("a positive whole number of bytes",
        text => Number(text) is { } n && n >= 1 && n <= long.MaxValue && n == Math.Floor(n) ? (long)n : throw new OptionFormatException("is not a positive whole number of bytes"), "1048576");

    public static OptionValue<double> PositiveRate { get; } = new("a positive number per second (e.g. 20 or 0.5)",
        text => Number(text) is { } n && n > 0 ? n : throw new OptionFormatException("is not a positive number per second (e.g. 20 or 0.5)"), "20");

    public static OptionValue<bool> Switch { get; } = new("true or false",
        text => ParseBool(text) ?? throw new OptionFormatException("is not true or false"), "true");

    public static OptionValue<int> WholeNumber(int min, int max)
    {
        var expected = min == int.MinValue && max == int.MaxValue ? "a whole number" : $"a whole number from {min} to {max}";
        return new(expected, text => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new OptionFormatException("is not " + expected), Math.Clamp(10, min, max).ToString(CultureInfo.InvariantCulture));
    }

    public static OptionValue<AuthKind> AuthScheme { get; } = new("one of bearer, oauth, basic, none", text => text.ToLowerInvariant() switch
    {
        "bearer" => AuthKind.Bearer,
        "oauth" or "oauth2" or "client_credentials" => AuthKind.OAuthClientCredentials,
        "basic" => AuthKind.Basic,
        "none" => AuthKind.None,
        _ => throw new OptionFormatException("is not one of bearer, oauth, basic, none"),
    }, "oauth");

    /// <summary>Capability overrides, "patch=false,sort=true".</summary>
    public static OptionValue<IReadOnlyDictionary<string, bool>> Capabilities { get; } = new("name=true|false pairs, e.g. patch=false,sort=true", text => ParseCapabilities(text), "patch=false,sort=true");

    /// <summary>A comma-separated list (a repeated flag joins its values the same way).</summary>
    public static OptionValue<IReadOnlyList<string>> List { get; } = new("a comma-separated list",
        text => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), "first,second");

    /// <summary>A run id: it ends up in every name the run creates and in filters, so it keeps to safe characters.</summary>
    public static OptionValue<string> RunId { get; } = new("letters, digits and '-' (at most 32 characters)",
        text => text.Length <= 32 && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? text.ToLowerInvariant()
            : throw new OptionFormatException("may only hold letters, digits and '-' (at most 32 characters)"), "nightly-1");

    public static bool? ParseBool(string text) => text.Trim().ToLowerInvariant() switch
    {
        "true" or "yes" or "1" or "on" => true,
        "false" or "no" or "0" or "off" => false,
        _ => null,
    };

    private static bool IsVariableName(string text) =>
        text.Length is > 0 and <= 256 && !char.IsAsciiDigit(text[0]) && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n : null;

    private static Uri ParseHttpUrl(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new OptionFormatException("is not an absolute http or https URL (e.g. https://host/scim/v2)");
        if (!string.IsNullOrEmpty(uri.UserInfo))
            throw new OptionFormatException("must not carry credentials (user:password@); use --auth basic with --basic-user and --basic-password-env", hidesValue: true);
        return uri;
    }

    private static Dictionary<string, bool> ParseCapabilities(string text)
    {
        var result = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = item.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0)
                throw new OptionFormatException($"has '{item}', which is not name=value; write e.g. patch=false,sort=true");
            var name = AssumableCapabilities.Names.FirstOrDefault(n => string.Equals(n, parts[0], StringComparison.OrdinalIgnoreCase))
                ?? throw new OptionFormatException($"names an unknown capability '{parts[0]}'; known: {string.Join(", ", AssumableCapabilities.Names)}");
            result[name] = ParseBool(parts[1])
                ?? throw new OptionFormatException($"sets '{parts[0]}' to '{parts[1]}'; it must be true or false");
        }
        return result;
    }
}
