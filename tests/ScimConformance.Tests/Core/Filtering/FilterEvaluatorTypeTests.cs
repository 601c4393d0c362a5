using NUnit.Framework;

namespace ScimConformance.Tests.Core.Filtering;

/// <summary>Every operator against every attribute type of <see cref="FilterFixture"/>'s resource; expectations worked out by hand.</summary>
public sealed class FilterEvaluatorTypeTests
{
    private const string M = FilterFixture.Metrics + ":";

    // userName "Bjensen@Example.com": string, caseExact false.
    [TestCase("userName eq \"bjensen@example.com\"", true)]
    [TestCase("userName eq \"bjensen\"", false)]
    [TestCase("userName ne \"BJENSEN@EXAMPLE.COM\"", false)]
    [TestCase("userName ne \"other\"", true)]
    [TestCase("userName co \"EXAMPLE\"", true)]
    [TestCase("userName co \"xyz\"", false)]
    [TestCase("userName sw \"bjen\"", true)]
    [TestCase("userName sw \"jensen\"", false)]
    [TestCase("userName ew \".COM\"", true)]
    [TestCase("userName ew \"example\"", false)]
    [TestCase("userName gt \"Bjensen\"", true)]
    [TestCase("userName gt \"c\"", false)]
    [TestCase("userName ge \"BJENSEN@EXAMPLE.COM\"", true)]
    [TestCase("userName lt \"c\"", true)]
    [TestCase("userName lt \"a\"", false)]
    [TestCase("userName le \"bjensen@example.com\"", true)]
    [TestCase("userName le \"Bjensen\"", false)]
    [TestCase("userName pr", true)]
    [TestCase("userName eq 5", false)]
    public void String_case_insensitive(string filter, bool expected) => Assert.That(FilterFixture.Matches(filter), Is.EqualTo(expected));

    // badge "Gold": string, caseExact true; externalId and id are caseExact by RFC 7643 §3.1.
    [TestCase(M + "badge eq \"Gold\"", true)]
    [TestCase(M + "badge eq \"gold\"", false)]
    [TestCase(M + "badge ne \"gold\"", true)]
    [TestCase(M + "badge co \"ol\"", true)]
    [TestCase(M + "badge co \"OL\"", false)]
    [TestCase(M + "badge sw \"G\"", true)]
    [TestCase(M + "badge sw \"g\"", false)]
    [TestCase(M + "badge ew \"ld\"", true)]
    [TestCase(M + "badge ew \"LD\"", false)]
    [TestCase(M + "badge gt \"Gold\"", false)]
    [TestCase(M + "badge ge \"Gold\"", true)]
    [TestCase(M + "badge gt \"GOLD\"", true)]
    [TestCase(M + "badge lt \"gold\"", true)]
    [TestCase(M + "badge le \"Goal\"", false)]
    [TestCase("externalId eq \"Ext-701984\"", true)]
    [TestCase("externalId eq \"ext-701984\"", false)]
    [TestCase("externalId sw \"ext\"", false)]
    [TestCase("id eq \"2819c223-7f76-453a-919d-413861904646\"", true)]
    [TestCase("id eq \"2819C223-7F76-453A-919D-413861904646\"", false)]
    [TestCase("meta.resourceType eq \"User\"", true)]
    [TestCase("meta.version eq \"W/\\\"3694e05e9dff591\\\"\"", true)]
    public void String_case_exact(string filter, bool expected) => Assert.That(FilterFixture.Matches(filter), Is.EqualTo(expected));

    // active true; emails[0].primary true, emails[1] has no primary.
    [TestCase("active eq true", true)]
    [TestCase("active eq false", false)]
    [TestCase("active ne false", true)]
    [TestCase("active ne true", false)]
    [TestCase("active eq \"true\"", false)]
    [TestCase("active co true", false)]
    [TestCase("active pr", true)]
    [TestCase("emails.primary eq true", true)]
    [TestCase("emails.primary eq false", false)]
    [TestCase("emails.primary ne true", false)]
    public void Boolean(string filter, bool expected) => Assert.That(FilterFixture.Matches(filter), Is.EqualTo(expected));

    // loginCount 42 (integer), score 3.75 (decimal).
    [TestCase(M + "loginCount eq 42", true)]
    [TestCase(M + "loginCount eq 42.0", true)]
    [TestCase(M + "loginCount eq 41", false)]
    [TestCase(M + "loginCount ne 41", true)]
    [TestCase(M + "loginCount ne 42", false)]
    [TestCase(M + "loginCount gt 41", true)]
    [TestCase(M + "loginCount gt 42", false)]
    [TestCase(M + "loginCount ge 42", true)]
    [TestCase(M + "loginCount lt 43", true)]
    [TestCase(M + "loginCount lt 42", false)]
    [TestCase(M + "loginCount le 4.2e1", true)]
    [TestCase(M + "loginCount gt -1", true)]
    [TestCase(M + "loginCount gt 100", false)]
    [TestCase(M + "loginCount eq \"42\"", false)]
    [TestCase(M + "loginCount co 4", false)]
    [TestCase(M + "loginCount sw 4", false)]
    [TestCase(M + "loginCount ew 2", false)]
    [TestCase(M + "score eq 3.75", true)]
    [TestCase(M + "score eq 375e-2", true)]
    [TestCase(M + "score ne 3.75", false)]
    [TestCase(M + "score gt 3.7", true)]
    [TestCase(M + "score gt 4", false)]
    [TestCase(M + "score ge 3.75", true)]
    [TestCase(M + "score lt 3.8", true)]
    [TestCase(M + "score lt -3.75", false)]
    [TestCase(M + "score le 3.74", false)]
    [TestCase(M + "score pr", true)]
    public void Integer_and_decimal(string filter, bool expected) => Assert.That(FilterFixture.Matches(filter), Is.EqualTo(expected));

    // lastLogin "2024-05-01T12:00:00+02:00" = 10:00Z; meta.lastModified "2011-05-13T04:42:34Z".
    [TestCase(M + "lastLogin eq \"2024-05-01T10:00:00Z\"", true)]
    [TestCase(M + "lastLogin eq \"2024-05-01T12:00:00Z\"", false)]
    [TestCase(M + "lastLogin ne \"2024-05-01T10:00:00.000Z\"", false)]
    [TestCase(M + "lastLogin gt \"2024-05-01T09:59:59Z\"", true)]
    [TestCase(M + "lastLogin gt \"2024-05-01T11:00:00Z\"", false)]
    [TestCase(M + "lastLogin ge \"2024-05-01T10:00:00Z\"", true)]
    [TestCase(M + "lastLogin lt \"2024-05-01T10:00:01Z\"", true)]
    [TestCase(M + "lastLogin le \"2024-05-01T09:00:00-01:00\"", true)]
    [TestCase(M + "lastLogin lt \"2024-05-01T09:00:00-01:00\"", false)]
    [TestCase(M + "lastLogin sw \"2024-05-01\"", true)]
    [TestCase(M + "lastLogin co \"T12\"", true)]
    [TestCase(M + "lastLogin ew \"+02:00\"", true)]
    [TestCase("meta.lastModified gt \"2011-05-13T04:42:33Z\"", true)]
    [TestCase("meta.lastModified lt \"2011-05-13T00:00:00-05:00\"", true)]
    [TestCase("meta.lastModified eq \"2011-05-13T06:42:34+02:00\"", true)]
    [TestCase("meta.lastModified gt \"2012-01-01T00:00:00Z\"", false)]
    [TestCase("meta.created ge \"2010-01-23T04:56:22Z\"", true)]
    [TestCase("meta.created le \"2010-01-23T04:56:21.999Z\"", false)]
    public void DateTime_compares_instants(string filter, bool expected) => Assert.That(FilterFixture.Matches(filter), Is.EqualTo(expected));

    // profileUrl (reference, caseExact false); schemas (multi-valued, common attribute).
    [TestCase("profileUrl eq \"HTTPS://login.example.com/bjensen\"", true)]
    [TestCase("profileUrl ne \"https://login.example.com/bjensen\"", false)]
    [TestCase("profileUrl co \"example.com\"", true)]
    [TestCase("profileUrl sw \"https://\"", true)]
    [TestCase("profileUrl ew \"/BJENSEN\"", true)]
    [TestCase("profileUrl gt \"https://a\"", true)]
    [TestCase("profileUrl lt \"http\"", false)]
    [TestCase("schemas eq \"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"", true)]
    [TestCase("schemas co \"metrics\"", true)]
    [TestCase("schemas eq \"urn:x\"", false)]
    [TestCase("schemas sw \"URN:IETF\"", true)]
    [TestCase("schemas[value ew \":core:2.0:User\"]", true)]
    public void Reference(string filter, bool expected) => Assert.That(FilterFixture.Matches(filter), Is.EqualTo(expected));

    // avatar "QUJDRA==" and x509Certificates.value: binary, always compared exactly.
    [TestCase(M + "avatar eq \"QUJDRA==\"", true)]
    [TestCase(M + "avatar eq \"qujdra==\"", false)]
    [TestCase(M + "avatar ne \"x\"", true)]
    [TestCase(M + "avatar co \"JD\"", true)]
    [TestCase(M + "avatar sw \"qu\"", false)]
    [TestCase(M + "avatar ew \"==\"", true)]
    [TestCase("x509Certificates.value eq \"MIIDQzCCAqygAwIBAgICEAAw\"", true)]
    [TestCase("x509Certificates eq \"MIIDQzCCAqygAwIBAgICEAAw\"", true)]
    [TestCase("x509Certificates.value eq \"miidqzccaqygawibagiceaaw\"", false)]
    public void Binary(string filter, bool expected) => Assert.That(FilterFixture.Matches(filter), Is.EqualTo(expected));

    // name {familyName Jensen, givenName Barbara}: single-valued complex.
    [TestCase("name.familyName eq \"jensen\"", true)]
    [TestCase("name.givenName sw \"Bar\"", true)]
    [TestCase("name.familyName gt \"J\"", true)]
    [TestCase("name.familyName ne \"Jensen\"", false)]
    [TestCase("name.familyName pr", true)]
    [TestCase("name.middleName pr", false)]
    [TestCase("name pr", true)]
    [TestCase("name[givenName eq \"Barbara\" and familyName eq \"Jensen\"]", true)]
    public void Complex(string filter, bool expected) => Assert.That(FilterFixture.Matches(filter), Is.EqualTo(expected));

    // emails: work bjensen@example.com (primary), home babs@jensen.org; nickNames ["Babs", "bj"] caseExact.
    [TestCase("emails.value co \"jensen.org\"", true)]
    [TestCase("emails.type eq \"work\"", true)]
    [TestCase("emails.type eq \"other\"", false)]
    [TestCase("emails.type ne \"work\"", true)]
    [TestCase("emails co \"@jensen\"", true)]
    [TestCase("emails eq \"BJENSEN@example.com\"", true)]
    [TestCase("emails sw \"babs\"", true)]
    [TestCase("emails ew \".net\"", false)]
    [TestCase("emails gt \"bz\"", false)]
    [TestCase("emails lt \"bb\"", true)]
    [TestCase("emails pr", true)]
    [TestCase("emails.value ew \".org\"", true)]
    [TestCase("nickNames eq \"bj\"", true)]
    [TestCase("nickNames eq \"BJ\"", false)]
    [TestCase("nickNames co \"ab\"", true)]
    [TestCase("nickNames gt \"Z\"", true)]
    [TestCase("nickNames lt \"A\"", false)]
    [TestCase("nickNames[value eq \"Babs\"]", true)]
    [TestCase("nickNames pr", true)]
    public void Multi_valued(string filter, bool expected) => Assert.That(FilterFixture.Matches(filter), Is.EqualTo(expected));
}
