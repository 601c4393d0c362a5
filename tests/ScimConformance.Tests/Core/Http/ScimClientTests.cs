using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using NUnit.Framework;
using ScimConformance.Core.Auth;
using ScimConformance.Core.Http;
using ScimConformance.Core.Redaction;
using ScimConformance.Tests.Support;

namespace ScimConformance.Tests.Core.Http;

public sealed class ScimClientTests
{
    private static Task<StubHttpServer> Echo() =>
        StubHttpServer.StartAsync(context => StubHttpServer.Respond(context, 200, "application/scim+json", """{"ok":true}"""));

    private static IReadOnlyList<Exchange> Recorded(ScimClient client) => client.Journal.Peek(TestContext.CurrentContext.Test.ID);

    [TestCase("scim/v2", "Users?count=1", "/scim/v2/Users?count=1")]
    [TestCase("scim/v2/", "/Users/1", "/scim/v2/Users/1")]
    [TestCase("scim/v2", "/Users/1", "/scim/v2/Users/1")]
    [TestCase("scim/v2/", "Schemas", "/scim/v2/Schemas")]
    public async Task Joins_base_url_and_relative_path(string basePath, string path, string expected)
    {
        await using var server = await Echo();
        using var client = TestSettings.Client(new Uri(server.Root, basePath));
        var response = await client.GetAsync(path);
        Assert.That(response.Status, Is.EqualTo(200));
        Assert.That(server.Requests.Single().PathAndQuery, Is.EqualTo(expected));
    }

    [Test]
    public async Task Query_values_are_url_encoded()
    {
        await using var server = await Echo();
        using var client = TestSettings.Client(server.ScimBase);
        await client.SendAsync(new ScimRequest(HttpMethod.Get, "Users")
        {
            Query = [new("filter", "userName eq \"a&b=c\""), new("count", "2")],
        });
        Assert.That(server.Requests.Single().PathAndQuery,
            Is.EqualTo("/scim/v2/Users?filter=userName%20eq%20%22a%26b%3Dc%22&count=2"));
    }

    [Test]
    public async Task Sends_accept_credentials_content_type_and_body()
    {
        await using var server = await Echo();
        using var client = TestSettings.Client(server.ScimBase);
        await client.PostAsync("Users", new JsonObject { ["userName"] = "bjensen" });
        await client.SendAsync(new ScimRequest(HttpMethod.Post, "Users") { RawBody = "{not json", ContentType = "application/json" });
        await client.SendAsync(new ScimRequest(HttpMethod.Get, "Users") { Authenticate = false });

        var requests = server.Requests.ToArray();
        Assert.That(requests[0].Header("Accept"), Is.EqualTo("application/scim+json"));
        Assert.That(requests[0].Header("Authorization"), Is.EqualTo("Bearer " + TestSettings.Token));
        Assert.That(requests[0].Header("Content-Type"), Does.StartWith("application/scim+json"));
        Assert.That(JsonNode.Parse(requests[0].Body)!["userName"]!.GetValue<string>(), Is.EqualTo("bjensen"));
        Assert.That(requests[1].Body, Is.EqualTo("{not json"));
        Assert.That(requests[1].Header("Content-Type"), Does.StartWith("application/json"));
        Assert.That(requests[2].Header("Authorization"), Is.Null);
    }

    [Test]
    public async Task After_a_stop_checks_send_nothing_but_the_cleanup_still_can()
    {
        await using var server = await Echo();
        using var client = TestSettings.Client(server.ScimBase);
        client.StopChecks();

        await Assert.ThrowsAsync<RunInterruptedException>(() => client.GetAsync("Users"));
        // The cleanup runs outside any check: a flow that does not carry NUnit's context.
        var cleanup = await Task.Factory.StartNew(() =>
        {
            using (ExecutionContext.SuppressFlow()) return Task.Run(() => client.DeleteAsync("Users/1"));
        }).Unwrap();
        Assert.That(cleanup.Status, Is.EqualTo(200));
        Assert.That(server.Requests.Select(r => r.Method), Is.EqualTo(new[] { "DELETE" }));
    }

    [Test]
    public async Task A_closed_port_is_a_transport_error_naming_url_and_cause()
    {
        var port = await ClosedPort.FindAsync();
        using var client = TestSettings.Client(new Uri($"http://127.0.0.1:{port}/scim/v2"));
        var e = (await Assert.ThrowsAsync<ScimTransportException>(() => client.GetAsync("ServiceProviderConfig")))!;
        Assert.That(e.Message, Does.Contain($"http://127.0.0.1:{port}/scim/v2/ServiceProviderConfig").And.Contain("refused"));
        Assert.That(e.Message, Does.Not.Contain("\n").And.Not.Contain(TestSettings.Token));
        var exchange = Recorded(client).Single();
        Assert.That((exchange.Status, exchange.Error), Is.EqualTo(((int?)null, e.Message)));
    }

    [Test]
    public async Task A_dropped_connection_is_retried_once_for_a_safe_request_only()
    {
        var calls = 0;
        await using var server = await StubHttpServer.StartAsync(context =>
        {
            // The first request of each method loses its connection, as a server dropping a kept-alive one does.
            if (Interlocked.Increment(ref calls) % 2 == 1)
            {
                context.Abort();
                return Task.CompletedTask;
            }
            return StubHttpServer.Respond(context, 200, "application/scim+json", """{"ok":true}""");
        });
        using var client = TestSettings.Client(server.ScimBase);

        var read = await client.GetAsync("Users/1");
        var readExchanges = Recorded(client).ToArray();
        Interlocked.Exchange(ref calls, 0);
        var e = await Assert.ThrowsAsync<ScimTransportException>(() => client.PostAsync("Users", new JsonObject { ["userName"] = "bjensen" }));

        Assert.Multiple(() =>
        {
            Assert.That(read.Status, Is.EqualTo(200));
            Assert.That(readExchanges.Select(x => x.Status), Is.EqualTo(new int?[] { null, 200 }), "the dropped attempt is recorded, then the answer");
            Assert.That(readExchanges[0].Error, Does.Contain("GET"));
            Assert.That(server.Requests.Count(r => r.Method == "POST"), Is.EqualTo(1), "a POST is never sent twice");
            Assert.That(e!.Message, Does.Contain("POST"));
        });
    }

    [Test]
    public async Task A_slow_answer_times_out()
    {
        await using var server = await StubHttpServer.StartAsync(async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
            await StubHttpServer.Respond(context, 200, "application/scim+json", "{}");
        });
        using var client = TestSettings.Client(server.ScimBase, timeout: TimeSpan.FromMilliseconds(300));
        var e = (await Assert.ThrowsAsync<ScimTransportException>(() => client.GetAsync("Users")))!;
        Assert.That(e.Message, Does.Contain("timeout"));
    }

    [Test]
    public async Task A_body_over_the_cap_is_refused()
    {
        await using var server = await StubHttpServer.StartAsync(context =>
            StubHttpServer.Respond(context, 200, "application/scim+json", "\"" + new string('x', 5000) + "\""));
        using var client = TestSettings.Client(server.ScimBase, maxBodyBytes: 1000);
        var e = (await Assert.ThrowsAsync<ScimTransportException>(() => client.GetAsync("Users")))!;
        Assert.That(e.Message, Does.Contain("response body exceeded 1000 bytes"));

        using var roomy = TestSettings.Client(server.ScimBase, maxBodyBytes: 10_000);
        Assert.That((await roomy.GetAsync("Users")).Body, Has.Length.EqualTo(5002));
    }

    [Test]
    public async Task Redirects_are_returned_not_followed()
    {
        await using var elsewhere = await Echo();
        await using var server = await StubHttpServer.StartAsync(context =>
        {
            context.Response.Headers.Location = new Uri(elsewhere.Root, "steal").ToString();
            return StubHttpServer.Respond(context, 302, "text/plain", "moved");
        });
        using var client = TestSettings.Client(server.ScimBase);
        var response = await client.GetAsync("Users");
        Assert.That(response.Status, Is.EqualTo(302));
        Assert.That(response.Header("Location"), Does.Contain("/steal"));
        Assert.That(elsewhere.Requests, Is.Empty, "credentials must not follow a redirect");
    }

    [Test]
    public async Task Every_exchange_is_recorded_redacted_with_timing()
    {
        await using var server = await StubHttpServer.StartAsync(context =>
        {
            context.Response.Headers["Set-Cookie"] = "session=abc";
            return StubHttpServer.Respond(context, 201, "application/scim+json", $$"""{"id":"1","echo":"{{TestSettings.Token}}"}""");
        });
        using var client = TestSettings.Client(server.ScimBase);
        var response = await client.PostAsync("Users", new JsonObject { ["userName"] = "a", ["password"] = "Pw-in-request-1" });
        Assert.That(response.Body, Does.Contain(TestSettings.Token), "the caller sees the real answer; only the record is masked");

        var exchange = Recorded(client).Single();
        Assert.That((exchange.Method, exchange.Status, exchange.Url), Is.EqualTo(("POST", (int?)201, new Uri(server.ScimBase + "/Users").AbsoluteUri)));
        Assert.That(exchange.RequestHeaders.Single(h => h.Key == "Authorization").Value, Is.EqualTo(Redactor.Mask));
        Assert.That(exchange.RequestBody, Does.Not.Contain("Pw-in-request-1"));
        Assert.That(exchange.ResponseBody, Does.Not.Contain(TestSettings.Token));
        Assert.That(exchange.ResponseHeaders.Single(h => h.Key == "Set-Cookie").Value, Is.EqualTo(Redactor.Mask));
        Assert.That(exchange.Duration, Is.GreaterThan(TimeSpan.Zero));
        Assert.That(exchange.StartedAt, Is.GreaterThan(DateTimeOffset.UtcNow.AddMinutes(-1)));
    }

    [Test]
    public async Task Parallel_requests_are_all_answered_and_recorded()
    {
        await using var server = await Echo();
        using var client = TestSettings.Client(server.ScimBase);
        var responses = await Task.WhenAll(Enumerable.Range(0, 32).Select(i => client.GetAsync($"Users/{i}")));
        Assert.That(responses.Select(r => r.Status), Is.All.EqualTo(200));
        Assert.That(Recorded(client), Has.Count.EqualTo(32));
    }

    [Test]
    public async Task Oauth_tokens_obtained_later_are_masked_in_the_record()
    {
        await using var idp = await StubHttpServer.StartAsync(context =>
            StubHttpServer.Respond(context, 200, "application/json", """{"access_token":"fresh-oauth-token-123","expires_in":3600}"""));
        await using var server = await StubHttpServer.StartAsync(context =>
            StubHttpServer.Respond(context, 200, "application/scim+json", """{"echo":"fresh-oauth-token-123"}"""));
        var settings = TestSettings.For(server.ScimBase) with { Token = null };
        using var auth = new OAuthClientCredentialsAuth(new Uri(idp.Root, "token"), "c", "client-secret-1", null, new SocketsHttpHandler(), TimeSpan.FromSeconds(5));
        using var client = new ScimClient(settings, auth, new ExchangeJournal());
        await client.GetAsync("Users");
        Assert.That(server.Requests.Single().Header("Authorization"), Is.EqualTo("Bearer fresh-oauth-token-123"));
        Assert.That(Recorded(client).Single().ResponseBody, Does.Not.Contain("fresh-oauth-token-123"));
    }

    [Test]
    public async Task A_429_pauses_every_request_of_the_run_and_is_retried_until_answered()
    {
        var arrivals = new System.Collections.Concurrent.ConcurrentQueue<(string Path, DateTimeOffset At)>();
        var throttled = 0;
        await using var server = await StubHttpServer.StartAsync(context =>
        {
            arrivals.Enqueue((context.Request.Path.Value!, DateTimeOffset.UtcNow));
            // The first five requests to /Users/slow are throttled: more than the three retries of old.
            if (context.Request.Path.Value!.EndsWith("/slow", StringComparison.Ordinal) && Interlocked.Increment(ref throttled) <= 5)
            {
                context.Response.Headers.RetryAfter = "0";
                if (throttled == 1) context.Response.Headers.RetryAfter = "1";
                return StubHttpServer.Respond(context, 429, "application/scim+json", "{}");
            }
            return StubHttpServer.Respond(context, 200, "application/scim+json", "{}");
        });
        using var client = TestSettings.Client(server.ScimBase);

        var slow = client.GetAsync("Users/slow");
        // Once the client has read the first 429 and paused (not after a fixed delay, which a loaded machine outlasts).
        while (client.Pacer.Pauses == 0 && !slow.IsCompleted) await Task.Delay(10);
        var other = await client.GetAsync("Users/other");
        var answer = await slow;

        var first429 = arrivals.First().At;
        var otherAt = arrivals.Single(a => a.Path.EndsWith("/other", StringComparison.Ordinal)).At;
        Assert.Multiple(() =>
        {
            Assert.That(answer.Status, Is.EqualTo(200), "retried past the old limit of three");
            Assert.That(other.Status, Is.EqualTo(200));
            Assert.That(otherAt - first429, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950)), "another check's request waited out the Retry-After too");
            Assert.That(Recorded(client).Count(x => x.Status == 429), Is.EqualTo(5), "every attempt is evidence");
            Assert.That(client.Pacer.Pauses, Is.GreaterThanOrEqualTo(1));
        });
    }
}
