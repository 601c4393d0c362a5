namespace ScimConformance.Core.Security;

/// <summary>Invalid tokens derived from nothing secret, and the one-character change of a real token.</summary>
public static class TokenVariants
{
    /// <summary>A random token of the same shape the harness uses for dummies; it never matches a real one.</summary>
    public static string Random() =>
        "scimconf-invalid-" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();

    /// <summary>
    /// The token with one character changed near its middle, inside a base64url alphabet so that a JWT stays
    /// well-formed (for a JWT the change lands in the payload, i.e. under the old signature).
    /// </summary>
    public static string OneCharacterChanged(string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        var chars = token.ToCharArray();
        var index = token.Length / 2;
        if (JwtToken.TryParse(token, out var jwt))
            index = jwt.EncodedHeader.Length + 1 + jwt.EncodedPayload.Length / 2;
        chars[index] = chars[index] switch
        {
            'A' => 'B',
            'a' => 'b',
            '0' => '1',
            >= 'a' and <= 'y' or >= 'A' and <= 'Y' or >= '0' and <= '8' => (char)(chars[index] + 1),
            _ => 'A',
        };
        return new string(chars);
    }
}
