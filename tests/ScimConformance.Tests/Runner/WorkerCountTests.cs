using NUnit.Framework;
using ScimConformance.Core.Http;
using ScimConformance.Runner.Execution;

namespace ScimConformance.Tests.Runner;

/// <summary>The default --parallel: one worker per core nearby, more the further away the endpoint answers from.</summary>
public sealed class WorkerCountTests
{
    private static Exchange Answered(double milliseconds, int? status = 200) => new()
    {
        Method = "GET",
        Url = "https://h.example/scim/v2/ServiceProviderConfig",
        RequestHeaders = [],
        Status = status,
        Duration = TimeSpan.FromMilliseconds(milliseconds),
    };

    [Test]
    public void A_nearby_endpoint_gets_one_worker_per_core() =>
        Assert.That(WorkerCount.For([Answered(1.5), Answered(3)], cores: 2), Is.EqualTo(2));

    [Test]
    public void An_endpoint_fifty_milliseconds_away_gets_eleven_workers_per_core() =>
        Assert.That(WorkerCount.For([Answered(52), Answered(60)], cores: 2), Is.EqualTo(22));

    [Test]
    public void The_quickest_answer_is_the_round_trip_as_the_first_requests_pay_for_connection_set_up() =>
        Assert.That(WorkerCount.For([Answered(400), Answered(12)], cores: 2), Is.EqualTo(2 * (1 + 2)));

    [Test]
    public void A_far_endpoint_is_capped() =>
        Assert.That(WorkerCount.For([Answered(250)], cores: 2), Is.EqualTo(WorkerCount.Max));

    [Test]
    public void Without_an_answer_the_count_is_the_cores() =>
        Assert.That(WorkerCount.For([Answered(80, status: null)], cores: 4), Is.EqualTo(4));
}
