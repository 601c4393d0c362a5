using NUnit.Framework;
using ScimConformance.Core.Configuration;

namespace ScimConformance.Tests.Core.Configuration;

public sealed class TargetSettingsReaderTests
{
    private const string Secret = "s3cr3t-value-never-shown";
    private readonly Dictionary<string, string> _env = new();

    // NUnit shares one fixture instance between its tests: every test starts from an empty environment.
    [SetUp]
    public void ClearEnvironment() => _env.Clear();

    private TargetSettings Read(params (string Key, string Value)[] parameters) =>
        TargetSettingsReader.Read(parameters.ToDictionary(p => p.Key, p => p.Value), name => _env.GetValueOrDefault(name));

    private ConfigurationException Fails(params (string Key, string Value)[] parameters) =>
        Assert.Throws<ConfigurationException>(() => Read(parameters))!;

    [Test]
    public void Bearer_token_comes_from_SCIM_TOKEN_by_default()
    {
        _env["SCIM_TOKEN"] = " " + Secret + "\n";
        var settings = Read(("baseUrl", "https://scim.example.com/scim/v2"));
        Assert.That(settings.Auth, Is.EqualTo(AuthKind.Bearer));
        Assert.That(settings.Token, Is.EqualTo(Secret));
        Assert.That(settings.BaseUrl, Is.EqualTo(new Uri("https://scim.example.com/scim/v2")));
        Assert.That(settings.RunId, Does.Match("^[0-9a-f]{8}$"));
        Assert.That(settings.Prefix, Is.EqualTo($"scimconf-{settings.RunId}-"));
        Assert.That(settings.Seed, Is.Not.Zero);
    }

    [Test]
    public void Base_url_may_come_from_SCIM_BASE_URL()
    {
        _env["SCIM_BASE_URL"] = "http://127.0.0.1:8080/scim";
        Assert.That(Read(("auth", "none")).BaseUrl.Port, Is.EqualTo(8080));
    }

    [Test]
    public void Token_from_a_named_variable_and_from_a_file()
    {
        _env["MY_TOKEN"] = Secret;
        Assert.That(Read(("baseUrl", "https://h/scim"), ("tokenEnv", "MY_TOKEN")).Token, Is.EqualTo(Secret));

        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, Secret + "\r\n");
            Assert.That(Read(("baseUrl", "https://h/scim"), ("tokenFile", file)).Token, Is.EqualTo(Secret));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void Missing_base_url_says_how_to_pass_it() =>
        Assert.That(Fails(("auth", "none")).Message, Does.Contain("--base-url").And.Contain("SCIM_BASE_URL"));

    [TestCase("scim.example.com/v2")]
    [TestCase("ftp://scim.example.com/v2")]
    [TestCase("/relative/path")]
    public void Base_url_must_be_absolute_http(string url) =>
        Assert.That(Fails(("baseUrl", url), ("auth", "none")).Message, Does.Contain("absolute http or https"));

    [Test]
    public void Unset_token_variable_is_named_without_any_value()
    {
        var e = Fails(("baseUrl", "https://h/scim"), ("tokenEnv", "ABSENT_TOKEN"));
        Assert.That(e.Message, Does.Contain("ABSENT_TOKEN"));
    }

    [Test]
    public void Empty_token_variable_fails_like_an_unset_one()
    {
        _env["EMPTY_TOKEN"] = "   ";
        Assert.That(Fails(("baseUrl", "https://h/scim"), ("tokenEnv", "EMPTY_TOKEN")).Message, Does.Contain("EMPTY_TOKEN").And.Contain("not set or empty"));
    }

    [Test]
    public void No_token_at_all_points_at_SCIM_TOKEN() =>
        Assert.That(Fails(("baseUrl", "https://h/scim")).Message, Does.Contain("SCIM_TOKEN").And.Contain("--token-env"));

    [Test]
    public void Missing_token_file_is_named() =>
        Assert.That(Fails(("baseUrl", "https://h/scim"), ("tokenFile", "/nonexistent/token.txt")).Message, Does.Contain("/nonexistent/token.txt"));

    [Test]
    public void Token_env_and_file_together_are_ambiguous() =>
        Assert.That(Fails(("baseUrl", "https://h/scim"), ("tokenEnv", "A"), ("tokenFile", "b")).Message, Does.Contain("either"));

    [Test]
    public void Unknown_auth_kind_lists_the_known_ones() =>
        Assert.That(Fails(("baseUrl", "https://h/scim"), ("auth", "kerberos")).Message, Does.Contain("bearer, oauth, basic, none"));

    [Test]
    public void Oauth_needs_url_client_id_and_secret()
    {
        _env["CS"] = Secret;
        Assert.That(Fails(("baseUrl", "https://h/scim"), ("auth", "oauth"), ("oauthClientId", "c"), ("oauthClientSecretEnv", "CS")).Message,
            Does.Contain("oauthTokenUrl").Or.Contain("--oauth-token-url"));
        Assert.That(Fails(("baseUrl", "https://h/scim"), ("auth", "oauth"), ("oauthTokenUrl", "https://idp/token"), ("oauthClientSecretEnv", "CS")).Message,
            Does.Contain("client id"));
        Assert.That(Fails(("baseUrl", "https://h/scim"), ("auth", "oauth"), ("oauthTokenUrl", "https://idp/token"), ("oauthClientId", "c")).Message,
            Does.Contain("client secret"));
        Assert.That(Fails(("baseUrl", "https://h/scim"), ("auth", "oauth"), ("oauthTokenUrl", "https://idp/token"), ("oauthClientId", "c"), ("oauthClientSecretEnv", "UNSET_CS")).Message,
            Does.Contain("UNSET_CS"));
        Assert.That(Fails(("baseUrl", "https://h/scim"), ("auth", "oauth"), ("oauthTokenUrl", "not a url"), ("oauthClientId", "c"), ("oauthClientSecretEnv", "CS")).Message,
            Does.Contain("oauthTokenUrl"));

        var ok = Read(("baseUrl", "https://h/scim"), ("auth", "oauth"), ("oauthTokenUrl", "https://idp/token"), ("oauthClientId", "c"), ("oauthClientSecretEnv", "CS"), ("oauthScope", "scim"));
        Assert.That((ok.Auth, ok.OAuthClientSecret, ok.OAuthScope, ok.OAuthTokenUrl?.Host), Is.EqualTo((AuthKind.OAuthClientCredentials, Secret, "scim", "idp")));
    }

    [Test]
    public void Basic_needs_user_and_password_variable()
    {
        _env["PW"] = Secret;
        Assert.That(Fails(("baseUrl", "https://h/scim"), ("auth", "basic"), ("basicPasswordEnv", "PW")).Message, Does.Contain("basicUser"));
        Assert.That(Fails(("baseUrl", "https://h/scim"), ("auth", "basic"), ("basicUser", "u")).Message, Does.Contain("basicPasswordEnv"));
        Assert.That(Fails(("baseUrl", "https://h/scim"), ("auth", "basic"), ("basicUser", "u"), ("basicPasswordEnv", "NO_PW")).Message, Does.Contain("NO_PW"));
        var ok = Read(("baseUrl", "https://h/scim"), ("auth", "basic"), ("basicUser", "u"), ("basicPasswordEnv", "PW"));
        Assert.That((ok.BasicUser, ok.BasicPassword), Is.EqualTo(("u", Secret)));
    }

    [Test]
    public void No_error_message_ever_contains_a_secret()
    {
        _env["SCIM_TOKEN"] = Secret;
        _env["PW"] = Secret;
        var failures = new[]
        {
            Fails(("baseUrl", "nope")),
            Fails(("baseUrl", "https://h/scim"), ("timeoutSeconds", "-1")),
            Fails(("baseUrl", "https://h/scim"), ("auth", "basic"), ("basicPasswordEnv", "PW")),
        };
        Assert.That(failures.Select(f => f.Message), Has.None.Contains(Secret));
    }

    [Test]
    public void Numeric_and_boolean_options_are_read_and_checked()
    {
        var ca = Path.GetTempFileName();
        try
        {
            var s = Read(("baseUrl", "https://h/scim"), ("auth", "none"), ("insecure", "true"), ("caCert", ca), ("timeoutSeconds", "2.5"),
                ("maxBodyBytes", "2048"), ("seed", "4242"), ("runId", "ABC123"));
            Assert.That((s.Insecure, s.CaCertPath, s.Timeout, s.MaxBodyBytes, s.Seed, s.RunId),
                Is.EqualTo((true, Path.GetFullPath(ca), TimeSpan.FromSeconds(2.5), 2048L, 4242, "abc123")));
        }
        finally
        {
            File.Delete(ca);
        }
        Assert.That(Fails(("baseUrl", "https://h/scim"), ("auth", "none"), ("caCert", "/nonexistent/ca.pem")).Message, Does.Contain("/nonexistent/ca.pem"));
        Assert.That(Fails(("baseUrl", "https://h/scim"), ("auth", "none"), ("timeoutSeconds", "soon")).Message, Does.Contain("timeoutSeconds"));
        Assert.That(Fails(("baseUrl", "https://h/scim"), ("auth", "none"), ("maxBodyBytes", "0")).Message, Does.Contain("maxBodyBytes"));
        Assert.That(Fails(("baseUrl", "https://h/scim"), ("auth", "none"), ("seed", "x")).Message, Does.Contain("seed"));
        Assert.That(Fails(("baseUrl", "https://h/scim"), ("auth", "none"), ("insecure", "maybe")).Message, Does.Contain("insecure"));
        Assert.That(Fails(("baseUrl", "https://h/scim"), ("auth", "none"), ("runId", "a b")).Message, Does.Contain("runId"));
    }

    [Test]
    public void Random_seed_and_run_id_differ_between_reads()
    {
        var reads = Enumerable.Range(0, 5).Select(_ => Read(("baseUrl", "https://h/scim"), ("auth", "none"))).ToArray();
        Assert.That(reads.Select(r => r.RunId).Distinct().Count(), Is.GreaterThan(1));
        Assert.That(reads.Select(r => r.Seed).Distinct().Count(), Is.GreaterThan(1));
    }

    [Test]
    public void Assume_parses_overrides_and_rejects_nonsense()
    {
        var assume = TargetSettingsReader.ParseAssume("patch=false, Sort=true");
        Assert.That(assume, Is.EquivalentTo(new Dictionary<string, bool> { ["patch"] = false, ["sort"] = true }));
        Assert.That(TargetSettingsReader.ParseAssume(null), Is.Empty);
        Assert.That(Assert.Throws<ConfigurationException>(() => TargetSettingsReader.ParseAssume("teleport=true"))!.Message, Does.Contain("teleport"));
        Assert.That(Assert.Throws<ConfigurationException>(() => TargetSettingsReader.ParseAssume("patch"))!.Message, Does.Contain("name=value"));
        Assert.That(Assert.Throws<ConfigurationException>(() => TargetSettingsReader.ParseAssume("patch=perhaps"))!.Message, Does.Contain("true or false"));
    }
}
