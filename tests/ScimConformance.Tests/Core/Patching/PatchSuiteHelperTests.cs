using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Core.Http;
using ScimConformance.Core.Patching;
using ScimConformance.Suites.Patch;
using static ScimConformance.Tests.Core.Patching.PatchFixture;

namespace ScimConformance.Tests.Core.Patching;

/// <summary>
/// The pieces of the PATCH suite that decide without a server: how an answer is read (200 with the resource and
/// 204 without a body both conform), how generated sequences are drawn and how a failing one is shrunk.
/// </summary>
public sealed class PatchSuiteHelperTests
{
    private const string Id = "2819c223";

    private static ScimResponse Response(int status, string body) =>
        new(status, [new("Content-Type", "application/scim+json")], body, new Uri("http://127.0.0.1/scim/v2/Users/" + Id), TimeSpan.Zero);

    [Test]
    public void No_content_without_body_is_an_accepted_answer()
    {
        var answer = PatchResponses.Classify(Response(204, ""), Id);
        Assert.Multiple(() =>
        {
            Assert.That(answer, Is.EqualTo(PatchAnswer.NoContent));
            Assert.That(PatchResponses.IsAccepted(answer), Is.True);
        });
    }

    [Test]
    public void Ok_with_the_resource_is_an_accepted_answer() =>
        Assert.That(PatchResponses.Classify(Response(200, $"{{\"id\": \"{Id}\", \"userName\": \"b\"}}"), Id), Is.EqualTo(PatchAnswer.Resource));

    [TestCase(200, "", TestName = "200 without a body")]
    [TestCase(200, "{\"id\": \"another\"}", TestName = "200 with another resource")]
    [TestCase(204, "{\"id\": \"2819c223\"}", TestName = "204 with a body")]
    public void Other_successes_are_malformed(int status, string body)
    {
        var answer = PatchResponses.Classify(Response(status, body), Id);
        Assert.Multiple(() =>
        {
            Assert.That(answer, Is.EqualTo(PatchAnswer.MalformedSuccess));
            Assert.That(PatchResponses.IsAccepted(answer), Is.False);
        });
    }

    [TestCase(400)]
    [TestCase(500)]
    public void Errors_are_refusals(int status) =>
        Assert.That(PatchResponses.Classify(Response(status, "{\"status\": \"400\"}"), Id), Is.EqualTo(PatchAnswer.Refused));

    private const string Start = """
        {'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User'], 'id': 'u1', 'userName': 'b', 'title': 'T',
         'name': {'givenName': 'B', 'familyName': 'J'},
         'emails': [{'value': 'b@work.example', 'type': 'work', 'primary': true}, {'value': 'b@home.example', 'type': 'home'}]}
        """;

    [Test]
    public void Generated_sequences_are_valid_for_the_oracle_and_repeat_for_a_seed()
    {
        var oracle = new PatchOracle(CannedDiscovery);
        var first = new PatchSequenceGenerator(42, oracle, "p-", enterprise: true);
        var second = new PatchSequenceGenerator(42, oracle, "p-", enterprise: true);
        for (var i = 0; i < 50; i++)
        {
            var a = first.NextUserSequence(Object(Start));
            var b = second.NextUserSequence(Object(Start));
            Assert.That(a.Select(r => r.ToJsonString()), Is.EqualTo(b.Select(r => r.ToJsonString())));
            Assert.That(a, Has.Count.InRange(1, 6));
            var state = Object(Start);
            foreach (var request in a)
            {
                var outcome = oracle.Apply(state, "User", request);
                Assert.That(outcome.Succeeded, Is.True, () => $"{request.ToJsonString()}: {outcome.Error}");
                state = outcome.Resource!;
            }
        }
    }

    [Test]
    public void Group_sequences_only_name_candidate_members()
    {
        var oracle = new PatchOracle(CannedDiscovery);
        var generator = new PatchSequenceGenerator(7, oracle, "p-", enterprise: false);
        var group = Object("{'schemas': ['urn:ietf:params:scim:schemas:core:2.0:Group'], 'id': 'g', 'displayName': 'G'}");
        var operations = Enumerable.Range(0, 20).SelectMany(_ => generator.NextGroupSequence(group, ["m1", "m2"]))
            .SelectMany(r => r["Operations"]!.AsArray().OfType<JsonObject>()).ToArray();
        var named = operations.SelectMany(o => o["value"] is JsonArray members ? members.Select(m => m!["value"]!.GetValue<string>()) : [])
            .Concat(operations.Select(o => o["path"]?.GetValue<string>()).OfType<string>().Where(p => p.StartsWith("members[", StringComparison.Ordinal))
                .Select(p => p.Split('"')[1]))
            .ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(named, Is.Not.Empty);
            Assert.That(named.Distinct(), Is.SubsetOf(new[] { "m1", "m2" }));
        });
    }

    [Test]
    public async Task Shrinking_drops_requests_that_do_not_matter()
    {
        JsonObject Request(string path) => PatchRequests.Replace(path, "x");
        IReadOnlyList<JsonObject> failing = [Request("title"), Request("nickName"), Request("displayName")];

        // Only the nickName request "fails": the minimal sequence is that request alone.
        var minimal = await PatchSequenceShrinker.ShrinkAsync(failing,
            candidate => Task.FromResult(candidate.Any(r => r.ToJsonString().Contains("nickName", StringComparison.Ordinal))));

        Assert.That(minimal.Select(r => r.ToJsonString()), Is.EqualTo(new[] { Request("nickName").ToJsonString() }));
    }

    [Test]
    public async Task Shrinking_simplifies_path_less_values()
    {
        var request = PatchRequests.Add(null, new JsonObject { ["title"] = "a", ["nickName"] = "b", ["displayName"] = "c" });

        var minimal = await PatchSequenceShrinker.ShrinkAsync([request],
            candidate => Task.FromResult(candidate[0].ToJsonString().Contains("nickName", StringComparison.Ordinal)));

        Assert.That(minimal[0]["Operations"]![0]!["value"]!.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "nickName" }));
    }
}
