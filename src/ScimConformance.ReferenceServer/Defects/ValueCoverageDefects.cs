using System.Text.Json.Nodes;

namespace ScimConformance.ReferenceServer;

/// <summary>Defects behind the value and discovery-convention checks of the last coverage round (issue 17 item 2), one behaviour each.</summary>
public static class ValueCoverageDefects
{
    public const string CountryExpanded = "country-expanded";
    public const string CertificatePemWrapped = "certificate-pem-wrapped";
    public const string PatchUnadvertised = "patch-unadvertised";
    public const string IntegerWithFraction = "integer-with-fraction";
    public const string PrimaryMoved = "primary-moved";
    public const string EmailDomainKept = "email-domain-kept";

    internal static IReadOnlyList<Defect> All { get; } =
    [
        new(CountryExpanded,
            "addresses.country \"US\" is stored and served as the country's name, \"United States\" (RFC 7643 §4.1.2: country is the ISO 3166-1 alpha-2 code).",
            ["USR-090", "ATT-User-addresses.type-canonical"]),
        new(CertificatePemWrapped,
            "x509Certificates values are stored and served as PEM text (BEGIN/END CERTIFICATE lines around wrapped base64) instead of the base64 sent "
            + "(RFC 7643 §2.3.6: binary values are base64; §4.1.2: each value is one base64 DER certificate).",
            ["USR-091", "ATT-User-x509Certificates-roundtrip"]),
        new(IntegerWithFraction,
            "Singular integer attributes are stored as decimals and served with a fraction, 7 as 7.0 (RFC 7643 §2.3.4: an integer has no fractional or exponent part).",
            ["SCH-080", "ATT-User-reference.seniority-roundtrip", "ATT-User-reference.clearanceLevel-roundtrip"]),
        new(PrimaryMoved,
            "When a user is written with several emails, primary true is moved to the last one, whichever the client marked (RFC 7643 §2.4: primary marks the "
            + "preferred value the client chose; the standard sub-attributes keep their meaning).",
            ["USR-092"]),
        Settled.Warned(EmailDomainKept,
            "Email addresses are stored exactly as sent, a domain in capitals included (RFC 7643 §4.1.2: email values SHOULD be canonicalised, e.g. bjensen@example.com "
            + "instead of bjensen@EXAMPLE.COM).",
            ["USR-093"]),
        Settled.Warned(PatchUnadvertised,
            "ServiceProviderConfig says patch.supported is false, so clients never send PATCH (RFC 7644 §3.5: PATCH SHOULD be offered for partial updates).",
            ["DSC-073"]),
    ];

    /// <summary>country-expanded: the alpha-2 codes this server knows replaced by the country's name.</summary>
    internal static void ExpandCountries(JsonObject content)
    {
        foreach (var address in (content["addresses"] as JsonArray)?.OfType<JsonObject>() ?? [])
        {
            if (address["country"] is JsonValue value && value.TryGetValue(out string? code) && string.Equals(code, "US", StringComparison.OrdinalIgnoreCase))
            {
                address["country"] = "United States";
            }
        }
    }

    /// <summary>certificate-pem-wrapped: each certificate as PEM, its base64 broken into 64-character lines.</summary>
    internal static void WrapCertificates(JsonObject content)
    {
        foreach (var certificate in (content["x509Certificates"] as JsonArray)?.OfType<JsonObject>() ?? [])
        {
            if (certificate["value"] is JsonValue value && value.TryGetValue(out string? base64))
            {
                var lines = Enumerable.Range(0, (base64.Length + 63) / 64).Select(i => base64.Substring(i * 64, Math.Min(64, base64.Length - (i * 64))));
                certificate["value"] = $"-----BEGIN CERTIFICATE-----\n{string.Join('\n', lines)}\n-----END CERTIFICATE-----";
            }
        }
    }

    /// <summary>integer-with-fraction: every singular integer of the resource's schemas as a decimal with one fractional digit.</summary>
    internal static void AddFractions(JsonObject content, Schema.ResourceKind kind)
    {
        foreach (var schema in kind.AllSchemas)
        {
            var holder = schema == kind.Core ? content : content[schema.Id] as JsonObject;
            foreach (var attribute in schema.Attributes.Where(a => a.Type == "integer" && !a.MultiValued))
            {
                if (holder?[attribute.Name] is JsonValue value && value.TryGetValue(out long number))
                {
                    holder[attribute.Name] = JsonValue.Create(number * 1.0m);
                }
            }
        }
    }

    /// <summary>primary-moved: primary true taken off the entry the client marked and put on the last email.</summary>
    internal static void MovePrimary(JsonObject content)
    {
        if (content["emails"] is not JsonArray { Count: > 1 } emails || !emails.OfType<JsonObject>().Any(e => e["primary"] is JsonValue p && p.TryGetValue(out bool b) && b))
        {
            return;
        }

        foreach (var email in emails.OfType<JsonObject>())
        {
            email.Remove("primary");
        }

        if (emails[^1] is JsonObject last)
        {
            last["primary"] = true;
        }
    }
}
