using System.Net.Http.Headers;

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
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
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
            var content = new ByteArrayContent(buffer.ToArray());
            foreach (var header in response.Content.Headers)
                content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            // The body is decompressed by now, so its original length header no longer describes it.
            content.Headers.ContentLength = buffer.Length;
            response.Content = content;
        }
        return response;
    }
}
