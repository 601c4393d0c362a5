using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using ScimConformance.ReferenceServer.Http;

namespace ScimConformance.ReferenceServer.Resources.Paging;

/// <summary>
/// Issues and reads the opaque cursors of cursor-based pagination (RFC 9865 section 2): the position as base64url JSON,
/// then a dot and an HMAC-SHA256 of it under a key made at start, so only cursors this server issued are accepted. Both
/// parts use only RFC 3986 unreserved characters. A cursor is refused (400 invalidCursor) when it was altered, comes
/// from another query, type or tenant, or from before a restart; after <see cref="Timeout"/> it is 400 expiredCursor.
/// </summary>
internal sealed class CursorCodec(TimeProvider clock, TimeSpan timeout, DefectSwitches defects)
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    /// <summary>How long a cursor stays valid between page requests (cursorTimeout in ServiceProviderConfig).</summary>
    public TimeSpan Timeout => timeout;

    /// <summary>What a cursor is bound to: the filter and sort of the query (RFC 9865 section 2: later pages repeat the first page's parameters).</summary>
    public static string Fingerprint(ListRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = $"{request.Filter}\n{request.SortBy}\n{request.Descending}";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 12));
    }

    public long NewExpiry() => clock.GetUtcNow().Add(timeout).ToUnixTimeSeconds();

    /// <summary>Whether the server pages by cursor at all (no-cursor-pagination: the cursor parameter is ignored).</summary>
    public bool Supported => !defects.IsOn(CursorDefects.NoCursorPagination);

    /// <summary>The size of a cursor page for the count asked (cursor-ignores-count: always the largest page).</summary>
    public int PageSize(int asked) => defects.IsOn(CursorDefects.CursorIgnoresCount) ? ListRequest.MaxResults : asked;

    /// <summary>
    /// The nextCursor of a page that has more after it: the position after the page served (<paramref name="advanced"/>),
    /// under cursor-repeats-page the position it started from, and none under cursor-missing-next.
    /// </summary>
    public string? Next(CursorPosition current, CursorPosition advanced)
    {
        if (defects.IsOn(CursorDefects.CursorMissingNext)) return null;
        return Issue((defects.IsOn(CursorDefects.CursorRepeatsPage) ? current : advanced) with { Expires = NewExpiry() });
    }

    public string Issue(CursorPosition position)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(position);
        return Base64UrlTextEncoder.Encode(payload) + "." + Base64UrlTextEncoder.Encode(HMACSHA256.HashData(_key, payload));
    }

    public CursorPosition Read(string cursor, string tenant, string type, string query)
    {
        var position = Decode(cursor);
        // invalid-cursor-accepted: a cursor that cannot be read starts the query over.
        if (position is null && defects.IsOn(CursorDefects.InvalidCursorAccepted)) return new CursorPosition(tenant, type, query, 0, 0, null, 0);
        if (position is null || position.Tenant != tenant || position.Type != type || position.Query != query)
        {
            throw ScimException.BadRequest(ScimErrorType.InvalidCursor,
                "The cursor is not one this server issued for this query; send an empty cursor for the first page and nextCursor values after it.");
        }

        if (clock.GetUtcNow().ToUnixTimeSeconds() > position.Expires)
        {
            throw ScimException.BadRequest(ScimErrorType.ExpiredCursor,
                $"The cursor has expired; request the next page within cursorTimeout ({(long)timeout.TotalSeconds} seconds).");
        }

        return position;
    }

    private CursorPosition? Decode(string cursor)
    {
        var parts = cursor.Split('.');
        if (parts.Length != 2)
        {
            return null;
        }

        try
        {
            var payload = Base64UrlTextEncoder.Decode(parts[0]);
            if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(_key, payload), Base64UrlTextEncoder.Decode(parts[1])))
            {
                return null;
            }

            return JsonSerializer.Deserialize<CursorPosition>(payload);
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }
}
