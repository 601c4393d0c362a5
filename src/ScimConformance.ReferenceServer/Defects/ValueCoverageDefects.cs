using System.Text.Json.Nodes;

namespace ScimConformance.ReferenceServer;

/// <summary>Defects behind the value and discovery-convention checks of the last coverage round (issue 17 item 2), one behaviour each.</summary>
public static class ValueCoverageDefects
{
    public const string CountryExpanded = "country-expanded";
    public const string CertificatePemWrapped = "certificate-pem-wrapped";
    public const string PatchUnadvertised = "patch-unadvertised";

    internal static IReadOnlyList<Defect> All { get; } =
    [
        new(CountryExpanded,
            "addresses.country \"US\" is stored and served as the country's name, \"United States\" (RFC 7643 §4.1.2: country is the ISO 3166-1 alpha-2 code).",
            ["USR-090", "ATT-User-addresses.type-canonical"])
            { Findings = 2, FindingsReason = "USR-090 reports a stored value other than the one sent; the canonicalValues case, whose address also says \"US\", reports the rewritten address as a value of the wrong kind" },
        new(CertificatePemWrapped,
            "x509Certificates values are stored and served as PEM text (BEGIN/END CERTIFICATE lines around wrapped base64) instead of the base64 sent "
            + "(RFC 7643 §2.3.6: binary values are base64; §4.1.2: each value is one base64 DER certificate).",
            ["USR-091", "ATT-User-x509Certificates-roundtrip"])
            { Findings = 2, FindingsReason = "USR-091 reports a binary value that is not base64; the attribute round-trip case reports the certificate as not stored as sent" },
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
}
