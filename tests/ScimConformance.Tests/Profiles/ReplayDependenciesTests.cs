using NUnit.Framework;
using ScimConformance.Suites.Profiles;

namespace ScimConformance.Tests.Profiles;

/// <summary>A replay step whose inputs come from a failed or errored step is blocked by it; a failed step's ids are never reused.</summary>
[TestFixture]
public sealed class ReplayDependenciesTests
{
    [Test]
    public void A_value_bound_by_a_step_that_later_failed_blocks_the_steps_that_use_it()
    {
        var dependencies = new ReplayDependencies();
        dependencies.Bound("id", "OKT-004");
        dependencies.Broke("OKT-004", []);
        Assert.Multiple(() =>
        {
            Assert.That(dependencies.BlockerOf(["userName", "id"]), Is.EqualTo("OKT-004"));
            Assert.That(dependencies.BlockerOf(["userName"]), Is.Null, "values no broken step bound stay usable");
            Assert.That(dependencies.IsBroken("OKT-004"), Is.True);
        });
    }

    [Test]
    public void A_failed_re_create_withdraws_the_id_of_the_user_deleted_before_it()
    {
        // OKT-003 created the user (id bound), OKT-009 deleted it, OKT-010 was to create it again and failed:
        // the id still holds OKT-003's value, which names a deleted user, so a PATCH to {{id}} must not be sent.
        var dependencies = new ReplayDependencies();
        dependencies.Bound("id", "OKT-003");
        dependencies.Broke("OKT-010", ["id"]);
        Assert.That(dependencies.BlockerOf(["id"]), Is.EqualTo("OKT-010"));
    }

    [Test]
    public void A_later_successful_bind_lifts_the_block()
    {
        var dependencies = new ReplayDependencies();
        dependencies.Broke("OKT-010", ["id"]);
        dependencies.Bound("id", "OKT-012");
        Assert.That(dependencies.BlockerOf(["id"]), Is.Null);
    }

    [Test]
    public void A_blocked_step_blocks_what_it_was_to_bind_in_turn()
    {
        var dependencies = new ReplayDependencies();
        dependencies.Bound("id", "ENT-002");
        dependencies.Broke("ENT-002", []);
        // ENT-005 used {{id}} and was to capture groupId: it is blocked, and so is every step that needs groupId.
        dependencies.Broke("ENT-005", ["groupId"]);
        Assert.That(dependencies.BlockerOf(["groupId"]), Is.EqualTo("ENT-005"));
    }
}
