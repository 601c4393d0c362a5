namespace ScimConformance.Authoring;

/// <summary>What an exchange is to the check that sent it; the same answer means different things in each role.</summary>
public enum ExchangeRole
{
    /// <summary>The valid request the check is about, to an endpoint every SCIM server must serve.</summary>
    Subject,
    /// <summary>The valid request the check is about, to an endpoint or feature the RFC lets a server leave out (/.search, /Me, root queries).</summary>
    OptionalSubject,
    /// <summary>A step the check builds on (create the user a read test reads, read back what a PATCH changed); another check judges it.</summary>
    SetUp,
    /// <summary>A step the check builds on, through an endpoint the RFC lets a server leave out: absent skips, any other refusal is an error.</summary>
    OptionalSetUp,
}
