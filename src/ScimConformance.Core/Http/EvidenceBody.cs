using System.Security.Cryptography;
using System.Text;

namespace ScimConformance.Core.Http;

/// <summary>
/// How a body is kept as evidence: whole up to <see cref="MaxBytes"/> of UTF-8, beyond that its first
/// <see cref="MaxBytes"/> with the size and SHA-256 of the whole. Cut when captured, not when reported, so a run
/// of hostile inputs never holds their megabytes in its journal, in results.json or in report.html.
/// </summary>
public static class EvidenceBody
{
    public const int MaxBytes = 64 * 1024;

    /// <summary>The stored form of <paramref name="body"/>: the text itself when small, or its cut head with size and digest.</summary>
    public static Captured Capture(string? body) => Capture(body, MaxBytes);

    /// <summary>The same with another limit (a passing check's bulky evidence is kept shorter, see the runner's evidence budget).</summary>
    public static Captured Capture(string? body, int maxBytes)
    {
        if (body is null || body.Length <= maxBytes / 3) return new Captured(body, null, null);
        var bytes = Encoding.UTF8.GetByteCount(body);
        if (bytes <= maxBytes) return new Captured(body, null, null);
        return new Captured(Head(body, maxBytes), bytes, Sha256(body));
    }

    /// <summary>The longest prefix of <paramref name="text"/> whose UTF-8 form fits in <paramref name="maxBytes"/>, never splitting a character.</summary>
    public static string Head(string text, int maxBytes = MaxBytes)
    {
        ArgumentNullException.ThrowIfNull(text);
        // The encoder stops where the buffer is full, at a character boundary (a surrogate pair stays whole).
        var buffer = new byte[maxBytes];
        Encoding.UTF8.GetEncoder().Convert(text.AsSpan(0, Math.Min(text.Length, maxBytes)), buffer, flush: true, out var used, out _, out _);
        if (used > 0 && char.IsHighSurrogate(text[used - 1])) used--;
        return text[..used];
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 form of <paramref name="text"/>, hashed in chunks (no second copy).</summary>
    public static string Sha256(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var encoder = Encoding.UTF8.GetEncoder();
        var buffer = new byte[Encoding.UTF8.GetMaxByteCount(8192)];
        for (var start = 0; start < text.Length; start += 8192)
        {
            var chunk = text.AsSpan(start, Math.Min(8192, text.Length - start));
            var written = encoder.GetBytes(chunk, buffer, flush: start + chunk.Length == text.Length);
            hash.AppendData(buffer, 0, written);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>A body as stored: <see cref="Text"/> is whole unless <see cref="Bytes"/> is set (then it is the head).</summary>
    public sealed record Captured(string? Text, long? Bytes, string? Sha256);
}
