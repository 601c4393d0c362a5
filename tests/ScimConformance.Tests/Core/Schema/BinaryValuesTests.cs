using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using NUnit.Framework;
using ScimConformance.Core.Schema;

namespace ScimConformance.Tests.Core.Schema;

/// <summary>The binary and certificate rules USR-091 applies to served values.</summary>
[TestFixture]
public sealed class BinaryValuesTests
{
    private static byte[] Der(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var certificate = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddDays(1));
        return certificate.RawData;
    }

    [Test]
    public void Base64_passes_and_other_text_does_not()
    {
        Assert.That(BinaryValues.Base64Problem("AAEC"), Is.Null);
        Assert.That(BinaryValues.Base64Problem("not base64!"), Does.Contain("not a base64 string"));
        Assert.That(BinaryValues.Base64Problem("AAEC\nAAEC"), Does.Contain("not a base64 string"));
        Assert.That(BinaryValues.Base64Problem(""), Is.EqualTo("it is empty"));
    }

    [Test]
    public void One_DER_certificate_passes() =>
        Assert.That(BinaryValues.CertificateProblem(Convert.ToBase64String(Der("one"))), Is.Null);

    [Test]
    public void PEM_armour_is_not_base64()
    {
        var pem = PemEncoding.WriteString("CERTIFICATE", Der("pem"));
        Assert.That(BinaryValues.CertificateProblem(pem), Does.Contain("not a base64 string"));
    }

    [Test]
    public void Two_certificates_in_one_value_are_refused() =>
        Assert.That(BinaryValues.CertificateProblem(Convert.ToBase64String([.. Der("first"), .. Der("second")])), Does.Contain("exactly one"));

    [Test]
    public void Base64_of_something_else_is_no_certificate() =>
        Assert.That(BinaryValues.CertificateProblem(Convert.ToBase64String("hello, world"u8.ToArray())), Does.Contain("not a DER-encoded X.509 certificate"));
}
