using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ScimConformance.Core.Schema;

/// <summary>
/// What RFC 7643 asks of binary values as served: base64 text (§2.3.6, RFC 4648 §4) and, for x509Certificates, exactly
/// one DER-encoded certificate (§4.1.2). Each method returns why the value breaks the rule, or null when it keeps it.
/// </summary>
public static class BinaryValues
{
    /// <summary>Null when the text is base64 (RFC 4648 §4, padded, no line breaks or PEM armour).</summary>
    public static string? Base64Problem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return "it is empty";
        var buffer = new byte[text.Length];
        return text.AsSpan().IndexOfAny(" \r\n\t-") < 0 && Convert.TryFromBase64String(text, buffer, out _)
            ? null
            : $"\"{Shorten(text)}\" is not a base64 string";
    }

    /// <summary>Null when the base64 text decodes to exactly one DER certificate and nothing after it.</summary>
    public static string? CertificateProblem(string text)
    {
        if (Base64Problem(text) is { } notBase64) return notBase64;
        var bytes = Convert.FromBase64String(text);
        try
        {
            using var certificate = X509CertificateLoader.LoadCertificate(bytes);
            // The loader stops after the first certificate; bytes beyond its DER encoding are a second one or garbage.
            return certificate.RawData.AsSpan().SequenceEqual(bytes)
                ? null
                : $"it decodes to {bytes.Length} bytes of which the first certificate takes {certificate.RawData.Length}; a value holds exactly one";
        }
        catch (CryptographicException)
        {
            return $"its {bytes.Length} decoded bytes are not a DER-encoded X.509 certificate";
        }
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "...";
}
