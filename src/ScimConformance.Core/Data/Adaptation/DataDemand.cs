namespace ScimConformance.Core.Data.Adaptation;

/// <summary>
/// An attribute the target demanded on create that the run's data left out, learnt from its refusal and said once for
/// the run: <paramref name="Request"/> and <paramref name="Answer"/> are the refused exchange, and
/// <paramref name="DeclaredRequired"/> says whether /Schemas declares the attribute required (null: /Schemas does not
/// describe it), so a vendor sees at once when the schema understates the demand.
/// </summary>
public sealed record DataDemand(string ResourceType, string Attribute, string Request, int Status, string Answer, bool? DeclaredRequired);
