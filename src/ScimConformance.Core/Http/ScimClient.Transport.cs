namespace ScimConformance.Core.Http;

public sealed partial class ScimClient
{
    private void Init() => throw new NotImplementedException();

    public Task<ScimResponse> SendAsync(ScimRequest request, CancellationToken ct = default) => throw new NotImplementedException();

    public void Dispose() { }
}
