using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace ScimConformance.Core.Http;

/// <summary>
/// A large request body written while it is sent, never held: <see cref="Head"/>, then <see cref="Count"/> copies
/// of <see cref="Filler"/>, then <see cref="Tail"/>. Hostile-input checks (an oversized upload) use it so that
/// neither the check nor the journal keeps megabytes in memory; the journal records its first 64 KiB, size and
/// SHA-256, as it would for any body over <see cref="EvidenceBody.MaxBytes"/>.
/// </summary>
public sealed record PaddedBody(string Head, char Filler, int Count, string Tail)
{
    private const int ChunkChars = 16 * 1024;

    /// <summary>The size of the whole body in UTF-8 bytes.</summary>
    public long Length => Encoding.UTF8.GetByteCount(Head) + (long)Count * Encoding.UTF8.GetByteCount([Filler]) + Encoding.UTF8.GetByteCount(Tail);

    /// <summary>The body's evidence: its first 64 KiB (or all of it), size and digest.</summary>
    public EvidenceBody.Captured Capture()
    {
        var start = Head + new string(Filler, Math.Min(Count, EvidenceBody.MaxBytes));
        if (Length <= EvidenceBody.MaxBytes) return new EvidenceBody.Captured(Head + new string(Filler, Count) + Tail, null, null);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var chunk in Chunks()) hash.AppendData(chunk.Span);
        return new EvidenceBody.Captured(EvidenceBody.Head(start), Length, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>Content that writes the body chunk by chunk, with its Content-Length.</summary>
    public HttpContent ToContent() => new Streamed(this);

    private IEnumerable<ReadOnlyMemory<byte>> Chunks()
    {
        yield return Encoding.UTF8.GetBytes(Head);
        var filler = Encoding.UTF8.GetBytes(new string(Filler, Math.Min(Count, ChunkChars)));
        var perChar = Encoding.UTF8.GetByteCount([Filler]);
        for (var left = Count; left > 0; left -= ChunkChars)
            yield return filler.AsMemory(0, Math.Min(left, ChunkChars) * perChar);
        yield return Encoding.UTF8.GetBytes(Tail);
    }

    private sealed class Streamed(PaddedBody body) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            await SerializeToStreamAsync(stream, context, CancellationToken.None).ConfigureAwait(false);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            foreach (var chunk in body.Chunks())
                await stream.WriteAsync(chunk, cancellationToken).ConfigureAwait(false);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = body.Length;
            return true;
        }
    }
}
