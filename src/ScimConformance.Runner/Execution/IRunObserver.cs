using ScimConformance.Authoring;
using ScimConformance.Runner.Model;

namespace ScimConformance.Runner.Execution;

/// <summary>Hears about a run while it happens (the CLI's live progress lines). Called from NUnit's event thread.</summary>
public interface IRunObserver
{
    /// <summary>The target was discovered and the run id and seed are known.</summary>
    void RunStarted(RunHeader header);

    void TestStarted(CheckInfo check);

    void TestFinished(TestOutcome outcome);
}

/// <summary>What is known once a run has started.</summary>
public sealed record RunHeader(string RunId, int Seed, TargetInfo Target, int SelectedTests)
{
    /// <summary>How many fixtures run at once.</summary>
    public int Workers { get; init; } = 1;
}
