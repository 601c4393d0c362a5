namespace ScimConformance.ReferenceServer.Security;

/// <summary>Who sent the current request, as its bearer token says: the tenant whose data it may see and whether it may write.</summary>
internal sealed record Caller(string Tenant, string Subject, bool ReadOnly)
{
    private static readonly object Key = new();

    public void AttachTo(HttpContext context) => context.Items[Key] = this;

    /// <summary>The caller authenticated for this request; endpoints behind the authentication middleware always have one.</summary>
    public static Caller Of(HttpContext context) =>
        context.Items.TryGetValue(Key, out var caller) && caller is Caller known
            ? known
            : throw new InvalidOperationException("The request reached an endpoint without an authenticated caller.");
}
