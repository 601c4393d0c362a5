using System.Text.Json.Nodes;

namespace ScimConformance.Core.Data;

/// <summary>
/// Seeded test data (Bogus). Every name it produces carries the run prefix, so the run can find, and
/// only ever touch, what it created. The same seed gives the same data.
/// </summary>
public sealed class TestDataFactory
{
    public TestDataFactory(string prefix, int seed) => throw new NotImplementedException();

    public string Prefix => throw new NotImplementedException();

    /// <summary>A unique, prefixed userName such as "scimconf-&lt;run&gt;-jane.doe.17".</summary>
    public string UserName() => throw new NotImplementedException();

    /// <summary>A full core User (name, displayName, emails with types and primary, phoneNumbers, active, externalId, password).</summary>
    public JsonObject User(bool includeEnterprise = false) => throw new NotImplementedException();

    /// <summary>A Group with a prefixed displayName and the given member ids.</summary>
    public JsonObject Group(params string[] memberIds) => throw new NotImplementedException();
}
