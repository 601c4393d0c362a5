using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Core.Security;

namespace ScimConformance.Tests.Security;

/// <summary>The tampered JWT variants the security suite sends, and the one-character change of an opaque token.</summary>
public sealed class JwtTokenTests
{
    private static readonly string Jwt =
        JwtToken.Encode(new JsonObject { ["alg"] = "RS256", ["typ"] = "JWT" }) + "." +
        JwtToken.Encode(new JsonObject { ["sub"] = "client-1", ["iat"] = 1_700_000_000, ["exp"] = 1_700_003_600 }) + ".c2lnbmF0dXJl";

    [Test]
    public void A_jwt_is_taken_apart_and_an_opaque_token_is_not()
    {
        Assert.That(JwtToken.TryParse(Jwt, out var jwt), Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(jwt.Algorithm, Is.EqualTo("RS256"));
            Assert.That(jwt.ExpiresAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1_700_003_600)));
            Assert.That(jwt.ExpiresAt - jwt.IssuedAt, Is.EqualTo(TimeSpan.FromHours(1)));
            Assert.That(JwtToken.TryParse("demo-0123456789abcdef", out _), Is.False);
            Assert.That(JwtToken.TryParse("a.b.c", out _), Is.False);
        });
    }

    [Test]
    public void Variants_keep_or_drop_exactly_what_they_say()
    {
        Assert.That(JwtToken.TryParse(Jwt, out var jwt), Is.True);
        var altered = jwt.WithAlteredPayload(p => p["sub"] = "attacker");
        var none = jwt.WithAlgNone("nOnE");
        var stripped = jwt.WithoutSignature();
        Assert.Multiple(() =>
        {
            Assert.That(altered.Split('.')[0], Is.EqualTo(jwt.EncodedHeader));
            Assert.That(altered.Split('.')[2], Is.EqualTo(jwt.Signature));
            Assert.That(JwtToken.TryParse(altered, out var a) ? a.Payload["sub"]!.GetValue<string>() : null, Is.EqualTo("attacker"));
            Assert.That(JwtToken.TryParse(none, out var n) ? n.Algorithm : null, Is.EqualTo("nOnE"));
            Assert.That(none, Does.EndWith("."));
            Assert.That(stripped, Is.EqualTo(jwt.EncodedHeader + "." + jwt.EncodedPayload + "."));
            Assert.That(jwt.WithoutSignaturePart().Split('.'), Has.Length.EqualTo(2));
        });
    }

    [Test]
    public void One_changed_character_differs_in_exactly_one_place_and_lands_in_a_jwt_payload()
    {
        foreach (var token in new[] { Jwt, "demo-0123456789abcdef", "AAAA", "zzzz" })
        {
            var changed = TokenVariants.OneCharacterChanged(token);
            Assert.That(changed, Has.Length.EqualTo(token.Length));
            Assert.That(token.Zip(changed).Count(p => p.First != p.Second), Is.EqualTo(1), token);
        }
        Assert.That(JwtToken.TryParse(Jwt, out var jwt), Is.True);
        var index = Jwt.Zip(TokenVariants.OneCharacterChanged(Jwt)).TakeWhile(p => p.First == p.Second).Count();
        Assert.That(index, Is.GreaterThan(jwt.EncodedHeader.Length).And.LessThan(jwt.EncodedHeader.Length + 1 + jwt.EncodedPayload.Length));
    }
}
