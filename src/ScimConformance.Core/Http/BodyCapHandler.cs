using System.Buffers;

namespace ScimConformance.Core.Http;

/// <summary>
/// Reads each response body into memory up to a cap and fails beyond it, so a hostile or broken endpoint
/// cannot exhaust the harness's memory with an endless body.
/// </summary>
public sealed class BodyCapHandler(long maxBytes) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            response.Dispose();
            throw new ResponseBodyTooLargeException(maxBytes);
        }
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            // Sized from Content-Length when the server sent one; the chunk is pooled: this runs for every request.
            var expected = response.Content.Headers.ContentLength is { } length and > 0 and < int.MaxValue ? (int)length : 0;
            using var buffer = new MemoryStream(expected);
            var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
            try
            {
                int read;
                while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    if (buffer.Length + read > maxBytes)
                    {
                        response.Dispose();
                        throw new ResponseBodyTooLargeException(maxBytes);
                    }
                    buffer.Write(chunk, 0, read);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }
            var content = new ByteArrayContent(buffer.GetBuffer(), 0, (int)buffer.Length);
            foreach (var header in response.Content.Headers)
                content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            // The body is decompressed by now, so its original length header no longer describes it.
            content.Headers.ContentLength = buffer.Length;
            response.Content = content;
        }
        return response;
    }
}
