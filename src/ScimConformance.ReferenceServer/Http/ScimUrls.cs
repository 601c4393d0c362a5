namespace ScimConformance.ReferenceServer.Http;

/// <summary>Absolute URLs of SCIM resources as seen by the client making the current request.</summary>
internal sealed class ScimUrls(string baseUrl)
{
    public const string BasePath = "/scim/v2";

    public string Base { get; } = baseUrl.TrimEnd('/');

    public static ScimUrls For(HttpRequest request) =>
        new($"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}{BasePath}");

    public string Of(string endpoint, string id) => $"{Base}{endpoint}/{Uri.EscapeDataString(id)}";

    public string Of(string relative) => Base + relative;
}
